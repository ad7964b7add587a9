package io.keelwise.pricing;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Controller("/pricing")
public class PricingController {

    private final TariffRepository tariffs;

    public PricingController(TariffRepository tariffs) {
        this.tariffs = tariffs;
    }

    @Post("/calculate")
    public CalculationResult calculate(@Body CalculationRequest request) {
        long days = ChronoUnit.DAYS.between(request.policyFrom(), request.policyTo()) + 1;
        BigDecimal periodFactor = BigDecimal.valueOf(days).divide(BigDecimal.valueOf(365), 4, RoundingMode.HALF_UP);
        BigDecimal length = new BigDecimal(String.valueOf(request.answers().getOrDefault("LENGTH", "0")));
        boolean offshore = "OFFSHORE".equals(request.answers().get("NAV_AREA"));

        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        tariffs.findByProductCode(request.productCode()).stream()
                .filter(t -> request.selectedCovers().contains(t.coverCode()))
                .forEach(t -> {
                    BigDecimal price = t.basePremium().add(t.lengthFactor().multiply(length));
                    if (offshore) {
                        price = price.multiply(t.offshoreMultiplier());
                    }
                    prices.put(t.coverCode(), price.multiply(periodFactor).setScale(2, RoundingMode.HALF_UP));
                });

        BigDecimal total = prices.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CalculationResult(total, prices);
    }

    @Serdeable
    public record CalculationRequest(String productCode, LocalDate policyFrom, LocalDate policyTo,
                                     List<String> selectedCovers, Map<String, Object> answers) {
    }

    @Serdeable
    public record CalculationResult(BigDecimal totalPremium, Map<String, BigDecimal> coversPrices) {
    }
}
