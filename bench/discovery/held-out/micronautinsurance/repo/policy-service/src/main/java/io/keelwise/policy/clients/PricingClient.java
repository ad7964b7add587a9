package io.keelwise.policy.clients;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * pricing-service instances are looked up in Consul by service id.
 */
@Client(id = "pricing-service", path = "/pricing")
public interface PricingClient {

    @Post("/calculate")
    CalculatePriceResult calculatePrice(@Body CalculatePriceCommand command);

    @Serdeable
    record CalculatePriceCommand(String productCode, LocalDate policyFrom, LocalDate policyTo,
                                 List<String> selectedCovers, Map<String, Object> answers) {
    }

    @Serdeable
    record CalculatePriceResult(BigDecimal totalPremium, Map<String, BigDecimal> coversPrices) {
    }
}
