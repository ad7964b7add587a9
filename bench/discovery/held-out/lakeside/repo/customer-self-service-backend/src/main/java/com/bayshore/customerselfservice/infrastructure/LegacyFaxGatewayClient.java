package com.bayshore.customerselfservice.infrastructure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Faxes a copy of every quote request to the old broker office. Disabled by feature flag
 * (bayshore.features.legacy-fax-gateway.enabled=false) in every environment; scheduled for removal.
 */
@Component
@ConditionalOnProperty(name = "bayshore.features.legacy-fax-gateway.enabled", havingValue = "true")
public class LegacyFaxGatewayClient {

    private final RestClient client;

    public LegacyFaxGatewayClient(RestClient.Builder builder, @Value("${legacy.fax.gateway.url}") String url) {
        this.client = builder.baseUrl(url).build();
    }

    public void fax(String customerId, Long requestId) {
        client.post().body(java.util.Map.of("customer", customerId, "request", requestId)).retrieve().toBodilessEntity();
    }
}
