package io.devicegate.tests;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.KafkaContainer;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import io.vertx.kafka.client.consumer.KafkaConsumer;

@Testcontainers
@ExtendWith(VertxExtension.class)
public class TelemetryHttpIT {

    @Container
    static KafkaContainer kafka = new KafkaContainer(DockerImageName.parse("confluentinc/cp-kafka:7.5.0"));

    @Container
    static MongoDBContainer mongo = new MongoDBContainer("mongo:6.0");

    @Test
    public void testUploadTelemetry(final Vertx vertx, final VertxTestContext ctx) {
        final KafkaConsumer<String, String> consumer = KafkaConsumer.create(vertx, Map.of(
                "bootstrap.servers", kafka.getBootstrapServers(), "group.id", "it",
                "key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer",
                "value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer"));
        consumer.handler(rec -> ctx.completeNow()).subscribe("devicegate.telemetry.DEFAULT_TENANT");
        WebClient.create(vertx).postAbs(System.getProperty("adapter.http.url", "http://localhost:8080") + "/telemetry")
            .basicAuthentication("sensor1@DEFAULT_TENANT", "hono-secret")
            .sendJson(Map.of("temp", 5));
    }
}
