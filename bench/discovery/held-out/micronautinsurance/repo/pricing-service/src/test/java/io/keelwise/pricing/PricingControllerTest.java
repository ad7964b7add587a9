package io.keelwise.pricing;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

@MicronautTest(environments = "test", startApplication = false)
class PricingControllerTest {

    @Inject
    PricingController controller;

    @MockBean(TariffRepository.class)
    TariffRepository tariffRepository() {
        TariffRepository repo = mock(TariffRepository.class);
        when(repo.findByProductCode("DINGHY")).thenReturn(List.of(
                new Tariff(1L, "DINGHY", "ALLRISK", new BigDecimal("45.00"), BigDecimal.ZERO, BigDecimal.ONE)));
        return repo;
    }

    @Test
    void fullYearDinghyCostsBasePremium() {
        var result = controller.calculate(new PricingController.CalculationRequest("DINGHY",
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 30), List.of("ALLRISK"), Map.of()));
        assertEquals(new BigDecimal("45.00"), result.totalPremium());
    }
}
