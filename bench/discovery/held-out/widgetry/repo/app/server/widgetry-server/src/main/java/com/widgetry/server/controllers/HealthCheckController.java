package com.widgetry.server.controllers;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.redis.core.ReactiveRedisTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.Map;

@RestController
@RequestMapping("/api/v1/health")
public class HealthCheckController {

    private final ReactiveMongoTemplate mongoTemplate;
    private final ReactiveRedisTemplate<String, String> redisTemplate;

    public HealthCheckController(
            ReactiveMongoTemplate mongoTemplate, ReactiveRedisTemplate<String, String> redisTemplate) {
        this.mongoTemplate = mongoTemplate;
        this.redisTemplate = redisTemplate;
    }

    @GetMapping
    public Mono<Map<String, Object>> getHealth() {
        Mono<String> mongo = mongoTemplate.executeCommand("{ ping: 1 }").map(d -> "UP").onErrorReturn("DOWN");
        Mono<String> redis = redisTemplate.getConnectionFactory().getReactiveConnection().ping()
                .map(p -> "UP").onErrorReturn("DOWN");
        return Mono.zip(mongo, redis).map(t -> Map.of("responseMeta", Map.of("status", 200, "success", true),
                "data", Map.of("mongo", t.getT1(), "redis", t.getT2())));
    }
}
