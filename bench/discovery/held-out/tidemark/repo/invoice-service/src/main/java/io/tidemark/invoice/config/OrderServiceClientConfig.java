package io.tidemark.invoice.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * Client for looking up order details from order-service.
 * Not needed any more since OrderCreated carries all line items; kept until the
 * re-pricing feature is decided (TIDE-214).
 */
@Configuration
public class OrderServiceClientConfig {

    @Bean
    public RestClient orderServiceRestClient(@Value("${tidemark.order-service.base-url}") String baseUrl) {
        return RestClient.builder()
                .baseUrl(baseUrl + "/orders")
                .defaultHeader("Accept", "application/json")
                .build();
    }
}
