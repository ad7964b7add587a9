package io.tidemark.order.service;

import io.debezium.outbox.quarkus.ExportedEvent;
import io.tidemark.order.model.EntityNotFoundException;
import io.tidemark.order.model.OrderLineStatus;
import io.tidemark.order.model.PurchaseOrder;
import io.tidemark.order.outbox.OrderCreatedEvent;
import io.tidemark.order.outbox.OrderLineUpdatedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Persists orders and fires outbox events in the same transaction. The Debezium
 * outbox extension observes the CDI events and inserts rows into orders.outboxevent.
 */
@ApplicationScoped
public class OrderService {

    @Inject
    Event<ExportedEvent<?, ?>> outbox;

    @Transactional
    public PurchaseOrder addOrder(PurchaseOrder order) {
        order.persist();
        outbox.fire(OrderCreatedEvent.of(order));
        return order;
    }

    @Transactional
    public PurchaseOrder updateOrderLine(long orderId, long orderLineId, OrderLineStatus newStatus) {
        PurchaseOrder order = PurchaseOrder.findById(orderId);
        if (order == null) {
            throw new EntityNotFoundException("Order " + orderId + " not found");
        }
        OrderLineStatus oldStatus = order.updateOrderLine(orderLineId, newStatus);
        outbox.fire(new OrderLineUpdatedEvent(orderId, orderLineId, newStatus, oldStatus));
        return order;
    }

    public PurchaseOrder find(long orderId) {
        PurchaseOrder order = PurchaseOrder.findById(orderId);
        if (order == null) {
            throw new EntityNotFoundException("Order " + orderId + " not found");
        }
        return order;
    }
}
