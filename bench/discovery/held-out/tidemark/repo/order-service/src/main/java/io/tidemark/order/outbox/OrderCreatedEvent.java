package io.tidemark.order.outbox;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.debezium.outbox.quarkus.ExportedEvent;
import io.tidemark.order.model.OrderLine;
import io.tidemark.order.model.PurchaseOrder;

/**
 * Written to the outbox table; the EventRouter routes it to tidemark.order.events.
 */
public class OrderCreatedEvent implements ExportedEvent<String, JsonNode> {

    static final String AGGREGATE_TYPE = "order";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final long id;
    private final JsonNode payload;
    private final Instant timestamp;

    private OrderCreatedEvent(long id, JsonNode payload) {
        this.id = id;
        this.payload = payload;
        this.timestamp = Instant.now();
    }

    public static OrderCreatedEvent of(PurchaseOrder order) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("id", order.id)
                .put("customerId", order.customerId)
                .put("orderDate", order.orderDate.toString())
                .put("totalValue", order.totalValue());

        ArrayNode items = node.putArray("lineItems");
        for (OrderLine line : order.lineItems) {
            items.add(MAPPER.createObjectNode()
                    .put("id", line.id)
                    .put("item", line.item)
                    .put("quantity", line.quantity)
                    .put("totalPrice", line.totalPrice)
                    .put("status", line.status.name()));
        }
        return new OrderCreatedEvent(order.id, node);
    }

    @Override
    public String getAggregateId() {
        return String.valueOf(id);
    }

    @Override
    public String getAggregateType() {
        return AGGREGATE_TYPE;
    }

    @Override
    public String getType() {
        return "OrderCreated";
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
