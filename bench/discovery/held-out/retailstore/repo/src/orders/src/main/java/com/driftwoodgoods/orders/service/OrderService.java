package com.driftwoodgoods.orders.service;

import java.util.List;
import java.util.UUID;

import com.driftwoodgoods.orders.entities.OrderEntity;
import com.driftwoodgoods.orders.messaging.OrderCreatedEvent;
import com.driftwoodgoods.orders.messaging.OrderEventPublisher;
import com.driftwoodgoods.orders.repository.OrderRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
public class OrderService {

    private final OrderRepository repository;
    private final OrderEventPublisher publisher;
    private final Counter ordersCreated;

    public OrderService(OrderRepository repository, OrderEventPublisher publisher, MeterRegistry registry) {
        this.repository = repository;
        this.publisher = publisher;
        this.ordersCreated = Counter.builder("driftwood.orders.created").register(registry);
    }

    @Transactional
    public OrderEntity create(String customerId, String email, String firstName, String lastName,
                              List<OrderEntity.OrderItem> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one item");
        }
        OrderEntity order = repository.save(new OrderEntity(UUID.randomUUID().toString(), customerId, email,
            firstName, lastName, items));

        OrderCreatedEvent event = new OrderCreatedEvent(order.getId(), customerId, email, order.total(),
            items.stream().map(i -> new OrderCreatedEvent.Line(i.productId(), i.quantity(), i.unitCost())).toList(),
            order.getCreatedDate());

        // publish only once the row is committed
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publisher.orderCreated(event);
                ordersCreated.increment();
            }
        });
        return order;
    }

    public List<OrderEntity> forCustomer(String customerId) {
        return repository.findByCustomerIdOrderByCreatedDateDesc(customerId);
    }

    public List<OrderEntity> all() {
        return repository.findAll();
    }
}
