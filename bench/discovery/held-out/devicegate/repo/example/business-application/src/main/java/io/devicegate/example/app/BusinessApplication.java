package io.devicegate.example.app;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.kafka.client.consumer.KafkaConsumer;
import io.vertx.kafka.client.consumer.KafkaConsumerRecord;
import io.vertx.kafka.client.producer.KafkaProducer;
import io.vertx.kafka.client.producer.KafkaProducerRecord;

/**
 * Consumes telemetry and events of a tenant and, when a device signals it is ready to receive a
 * command (ttd header), sends a one-way command back to it.
 */
@ApplicationScoped
public class BusinessApplication {

    @ConfigProperty(name = "app.tenantId")
    String tenantId;

    @ConfigProperty(name = "app.kafka.bootstrapServers")
    String bootstrapServers;

    @ConfigProperty(name = "app.kafka.groupId")
    String groupId;

    private KafkaProducer<String, String> commandProducer;

    void onStart(@Observes final StartupEvent ev, final Vertx vertx) {
        final KafkaConsumer<String, String> consumer = KafkaConsumer.create(vertx, Map.of(
                "bootstrap.servers", bootstrapServers,
                "group.id", groupId,
                "key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer",
                "value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer",
                "auto.offset.reset", "latest"));
        commandProducer = KafkaProducer.create(vertx, Map.of(
                "bootstrap.servers", bootstrapServers,
                "key.serializer", "org.apache.kafka.common.serialization.StringSerializer",
                "value.serializer", "org.apache.kafka.common.serialization.StringSerializer"));

        consumer.handler(this::handleMessage);
        consumer.subscribe(Set.of("devicegate.telemetry." + tenantId, "devicegate.event." + tenantId));
    }

    private void handleMessage(final KafkaConsumerRecord<String, String> record) {
        System.out.printf("received %s from device [%s]: %s%n", record.topic(), record.key(), record.value());
        record.headers().stream()
            .filter(h -> "ttd".equals(h.key()))
            .findFirst()
            .ifPresent(ttd -> sendCommand(record.key()));
    }

    private void sendCommand(final String deviceId) {
        final var command = KafkaProducerRecord.<String, String>create("devicegate.command." + tenantId, deviceId,
                new JsonObject().put("brightness", 87).encode());
        command.addHeader("device_id", deviceId);
        command.addHeader("subject", "setBrightness");
        commandProducer.send(command);
    }
}
