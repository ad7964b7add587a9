package com.quickcart.orderservice.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration
public class WebClientConfig {

    @Value("${quickcart.inventory.base-url}")
    private String inventoryBaseUrl;

    /**
     * Load-balanced builder: host names are Eureka service ids, resolved by Spring Cloud LoadBalancer.
     */
    @Bean
    @LoadBalanced
    public WebClient.Builder webClientBuilder() {
        return WebClient.builder()
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
    }

    @Bean
    public WebClient inventoryWebClient(@LoadBalanced WebClient.Builder webClientBuilder) {
        return webClientBuilder.clone()
                .baseUrl(inventoryBaseUrl)
                .build();
    }
}
