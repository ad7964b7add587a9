package io.driftwood.homeoffice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * Consumes the counter's outbox events, routed by Debezium to {@code driftwood.events.Order}.
 */
@ApplicationScoped
public class OrderEventsConsumer {

    private static final Logger LOG = Logger.getLogger(OrderEventsConsumer.class);

    @Inject
    ObjectMapper mapper;

    @Incoming("order-events")
    @Blocking
    @Transactional
    public CompletionStage<Void> onEvent(Message<String> message) {
        try {
            String eventType = message.getMetadata(IncomingKafkaRecordMetadata.class)
                    .map(m -> m.getHeaders().lastHeader("eventType"))
                    .map(Header::value)
                    .map(v -> new String(v, StandardCharsets.UTF_8))
                    .orElse("OrderCreated");
            JsonNode payload = mapper.readTree(unwrap(message.getPayload()));
            apply(eventType, payload);
        } catch (Exception e) {
            LOG.errorf(e, "skipping unreadable outbox event");
        }
        return message.ack();
    }

    /** The JsonConverter sometimes double-encodes the payload column as a JSON string. */
    private String unwrap(String raw) throws Exception {
        JsonNode node = mapper.readTree(raw);
        return node.isTextual() ? node.asText() : raw;
    }

    void apply(String eventType, JsonNode payload) {
        String orderId = payload.path("orderId").asText();
        OrderRecord record = OrderRecord.findById(orderId);
        if (record == null) {
            record = new OrderRecord();
            record.orderId = orderId;
            record.storeId = payload.path("storeId").asText();
            record.source = payload.path("source").asText();
            record.createdAt = Instant.parse(payload.path("createdAt").asText(Instant.now().toString()));
            record.persist();
        }
        record.status = payload.path("status").asText();
        record.itemCount = payload.path("items").size();
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode item : payload.path("items")) {
            total = total.add(item.path("price").decimalValue());
        }
        record.total = total;
        if ("OrderFulfilled".equals(eventType)) {
            record.fulfilledAt = Instant.now();
        }
    }
}
