package io.keelwise.gateway;

import io.keelwise.gateway.api.SalesGatewayController;
import io.keelwise.gateway.clients.AuthClient;
import io.keelwise.gateway.clients.DocumentsClient;
import io.keelwise.gateway.clients.PaymentClient;
import io.keelwise.gateway.clients.PolicyClient;
import io.keelwise.gateway.clients.PolicySearchClient;
import io.keelwise.gateway.clients.ProductClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

@MicronautTest(environments = "test")
@Property(name = "consul.client.registration.enabled", value = "false")
@Property(name = "consul.client.discovery.enabled", value = "false")
@Property(name = "keelwise.policy-search.url", value = "http://localhost:19094")
class SalesGatewayControllerTest {

    @Inject
    SalesGatewayController controller;

    @Inject
    PolicyClient policyClient;

    @Inject
    PaymentClient paymentClient;

    @MockBean(ProductClient.class)
    ProductClient productClient() {
        ProductClient client = mock(ProductClient.class);
        when(client.getAll()).thenReturn(List.of(Map.of("code", "YACHT", "name", "Keelwise Yacht Cover")));
        return client;
    }

    @MockBean(PolicyClient.class)
    PolicyClient policyClient() {
        return mock(PolicyClient.class);
    }

    @MockBean(PolicySearchClient.class)
    PolicySearchClient policySearchClient() {
        return mock(PolicySearchClient.class);
    }

    @MockBean(PaymentClient.class)
    PaymentClient paymentClient() {
        return mock(PaymentClient.class);
    }

    @MockBean(AuthClient.class)
    AuthClient authClient() {
        return mock(AuthClient.class);
    }

    @MockBean(DocumentsClient.class)
    DocumentsClient documentsClient() {
        DocumentsClient client = mock(DocumentsClient.class);
        when(client.listForPolicy("KW-0001")).thenReturn(List.of());
        return client;
    }

    @Test
    void policyDetailsAggregatesPolicyAndAccount() {
        when(policyClient.getPolicy("KW-0001")).thenReturn(Map.of("number", "KW-0001"));
        when(paymentClient.accountForPolicy("KW-0001")).thenReturn(Map.of("balance", 120));

        Map<String, Object> details = controller.policyDetails("KW-0001");

        assertEquals("KW-0001", details.get("number"));
        assertEquals(Map.of("balance", 120), details.get("account"));
    }

    @Test
    void productsAreProxied() {
        assertEquals(1, controller.products().size());
    }
}
