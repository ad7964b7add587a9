package io.tidemark.shipment;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.tidemark.shipment.carrier.CarrierClient;
import io.tidemark.shipment.model.Shipment;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(InMemoryKafkaResource.class)
class OrderEventConsumerTest {

    @Inject
    @Any
    InMemoryConnector connector;

    FakeCarrierClient carrier = new FakeCarrierClient();

    @BeforeEach
    void installFake() {
        QuarkusMock.installMockForType(carrier, CarrierClient.class, RestClient.LITERAL);
    }

    @Test
    void duplicateEventsAreIgnored() {
        String payload = """
            {"id":42,"customerId":"c-9","orderDate":"2024-03-01T10:00:00",
             "lineItems":[{"id":1,"item":"Oar","quantity":2,"totalPrice":10.0,"status":"ENTERED"}]}
            """;
        UUID eventId = UUID.randomUUID();
        var headers = new RecordHeaders()
                .add("messageId", eventId.toString().getBytes(StandardCharsets.UTF_8))
                .add("eventType", "OrderCreated".getBytes(StandardCharsets.UTF_8));
        var metadata = new TestRecordMetadata(headers);

        connector.source("order-events").send(Message.of(payload).addMetadata(metadata));
        connector.source("order-events").send(Message.of(payload).addMetadata(metadata));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertEquals(1, Shipment.count("orderId", 42L));
            assertEquals(1, carrier.created);
        });
    }

    static class TestRecordMetadata extends IncomingKafkaRecordMetadata<String, String> {
        TestRecordMetadata(RecordHeaders headers) {
            super(new org.apache.kafka.clients.consumer.ConsumerRecord<>("tidemark.order.events", 0, 0L, "42", "") {
                @Override
                public org.apache.kafka.common.header.Headers headers() {
                    return headers;
                }
            }, "order-events", 0);
        }
    }
}
