package io.tidemark.shipment.messaging;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.tidemark.shipment.service.ShipmentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class OrderEventConsumer {

    private static final Logger LOG = Logger.getLogger(OrderEventConsumer.class);

    @Inject
    ShipmentService shipmentService;

    @Inject
    MessageLog log;

    @Inject
    ObjectMapper mapper;

    @Incoming("order-events")
    @Blocking
    @Transactional
    public CompletionStage<Void> onMessage(Message<String> message) throws Exception {
        var metadata = message.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow();
        UUID eventId = UUID.fromString(header(metadata, "messageId"));
        String eventType = header(metadata, "eventType");

        if (log.alreadyProcessed(eventId)) {
            LOG.infof("Event %s was already processed, ignoring", eventId);
            return message.ack();
        }

        JsonNode payload = mapper.readTree(message.getPayload());
        switch (eventType) {
            case "OrderCreated" -> shipmentService.orderCreated(payload);
            case "OrderLineUpdated" -> shipmentService.orderLineUpdated(payload);
            default -> LOG.warnf("Unknown event type %s", eventType);
        }
        log.processed(eventId);
        return message.ack();
    }

    private static String header(IncomingKafkaRecordMetadata<?, ?> metadata, String name) {
        var header = metadata.getHeaders().lastHeader(name);
        if (header == null) {
            throw new IllegalArgumentException("Missing header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8).replace("\"", "");
    }
}
