package com.driftwoodgoods.orders.messaging;

public interface OrderEventPublisher {

    void orderCreated(OrderCreatedEvent event);
}
