package com.widgetry.server.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.widgetry.server.configurations.CloudServicesConfig;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
public class ApplicationTemplateServiceImpl {

    private final WebClient cloudServicesWebClient;
    private final CloudServicesConfig cloudServicesConfig;

    public ApplicationTemplateServiceImpl(
            @Qualifier("cloudServicesWebClient") WebClient cloudServicesWebClient,
            CloudServicesConfig cloudServicesConfig) {
        this.cloudServicesWebClient = cloudServicesWebClient;
        this.cloudServicesConfig = cloudServicesConfig;
    }

    public Flux<JsonNode> getActiveTemplates() {
        return cloudServicesWebClient
                .get()
                .uri(b -> b.path("/api/v1/app-templates").queryParam("version", "1.9").build())
                .retrieve()
                .bodyToFlux(JsonNode.class);
    }

    public Mono<JsonNode> getTemplateDetails(String templateId) {
        return cloudServicesWebClient
                .get()
                .uri("/api/v1/app-templates/{id}/application", templateId)
                .retrieve()
                .bodyToMono(JsonNode.class);
    }
}
