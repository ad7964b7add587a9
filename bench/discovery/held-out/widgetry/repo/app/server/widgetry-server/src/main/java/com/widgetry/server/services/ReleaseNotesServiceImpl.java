package com.widgetry.server.services;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.time.Duration;

@Service
public class ReleaseNotesServiceImpl {

    private final WebClient cloudServicesWebClient;
    private Mono<JsonNode> cached;

    public ReleaseNotesServiceImpl(@Qualifier("cloudServicesWebClient") WebClient cloudServicesWebClient) {
        this.cloudServicesWebClient = cloudServicesWebClient;
    }

    public Mono<JsonNode> getReleaseNodes() {
        if (cached == null) {
            cached = cloudServicesWebClient
                    .get()
                    .uri("/api/v1/releases")
                    .retrieve()
                    .bodyToMono(JsonNode.class)
                    .cache(Duration.ofHours(2));
        }
        // Older builds read releases straight from GitHub; cloud services proxies them now.
        // return WebClient.create("https://api.github.com/repos/widgetry-dev/widgetry/releases")
        //         .get().retrieve().bodyToMono(JsonNode.class);
        return cached;
    }
}
