package io.keelwise.policy;

import io.keelwise.policy.api.PolicyController;
import io.keelwise.policy.clients.PricingClient;
import io.keelwise.policy.events.PolicyEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

@MicronautTest(environments = "test")
class OfferControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @MockBean(PricingClient.class)
    PricingClient pricingClient() {
        PricingClient pricing = mock(PricingClient.class);
        when(pricing.calculatePrice(any())).thenReturn(
                new PricingClient.CalculatePriceResult(new BigDecimal("515.00"), Map.of("HULL", new BigDecimal("515.00"))));
        return pricing;
    }

    @MockBean(PolicyEventPublisher.class)
    PolicyEventPublisher publisher() {
        return mock(PolicyEventPublisher.class);
    }

    @Test
    void createsOfferWithPriceFromPricingService() {
        var request = new PolicyController.CreateOfferRequest("YACHT", LocalDate.now(), LocalDate.now().plusYears(1),
                List.of("HULL"), Map.of("LENGTH", 9, "NAV_AREA", "COASTAL"));
        Map<?, ?> offer = client.toBlocking().retrieve(HttpRequest.POST("/offers", request), Map.class);
        assertEquals(515.0, ((Number) offer.get("totalPremium")).doubleValue());
    }
}
