package com.skywardair.booking;

import com.mongodb.client.MongoDatabase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

@Readiness
@ApplicationScoped
public class MongoHealthCheck implements HealthCheck {

    @Inject
    MongoDatabase database;

    @Override
    public HealthCheckResponse call() {
        try {
            database.runCommand(new Document("ping", 1));
            return HealthCheckResponse.up("booking-db");
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("booking-db").down().withData("error", e.getMessage()).build();
        }
    }
}
