package com.widgetry.server.services;

import com.fasterxml.jackson.databind.JsonNode;
import lombok.extern.slf4j.Slf4j;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * Registers the instance and checks its licence/plan with Widgetry cloud services.
 */
@Slf4j
@Service
public class LicenseServiceImpl {

    private final WebClient cloudServicesWebClient;
    private final ReactiveMongoTemplate mongoTemplate;

    public LicenseServiceImpl(
            @Qualifier("cloudServicesWebClient") WebClient cloudServicesWebClient, ReactiveMongoTemplate mongoTemplate) {
        this.cloudServicesWebClient = cloudServicesWebClient;
        this.mongoTemplate = mongoTemplate;
    }

    private Mono<String> getInstanceId() {
        return mongoTemplate
                .findOne(Query.query(Criteria.where("name").is("instance-id")), Document.class, "config")
                .map(doc -> doc.getString("value"));
    }

    public Mono<JsonNode> checkLicense() {
        return getInstanceId()
                .flatMap(instanceId -> cloudServicesWebClient
                        .post()
                        .uri("/api/v1/license/check")
                        .bodyValue(Map.of("instanceId", instanceId, "edition", "CE"))
                        .retrieve()
                        .bodyToMono(JsonNode.class))
                .doOnError(e -> log.warn("Licence check against cloud services failed: {}", e.getMessage()))
                .onErrorResume(e -> Mono.empty());
    }

    @Scheduled(initialDelay = 60_000, fixedRate = 6 * 60 * 60 * 1000)
    public void refreshLicense() {
        checkLicense().subscribe();
    }
}
