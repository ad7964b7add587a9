package io.tidemark.order.outbox;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.debezium.outbox.quarkus.ExportedEvent;
import io.tidemark.order.model.OrderLineStatus;

public class OrderLineUpdatedEvent implements ExportedEvent<String, JsonNode> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final long orderId;
    private final JsonNode payload;
    private final Instant timestamp = Instant.now();

    public OrderLineUpdatedEvent(long orderId, long orderLineId, OrderLineStatus newStatus, OrderLineStatus oldStatus) {
        this.orderId = orderId;
        this.payload = MAPPER.createObjectNode()
                .put("orderId", orderId)
                .put("orderLineId", orderLineId)
                .put("oldStatus", oldStatus.name())
                .put("newStatus", newStatus.name());
    }

    @Override
    public String getAggregateId() {
        return String.valueOf(orderId);
    }

    @Override
    public String getAggregateType() {
        return OrderCreatedEvent.AGGREGATE_TYPE;
    }

    @Override
    public String getType() {
        return "OrderLineUpdated";
    }

    @Override
    public Instant getTimestamp() {
        return timestamp;
    }

    @Override
    public JsonNode getPayload() {
        return payload;
    }
}
