package com.driftwoodgoods.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.driftwoodgoods.orders.entities.OrderEntity;
import com.driftwoodgoods.orders.messaging.OrderCreatedEvent;
import com.driftwoodgoods.orders.messaging.OrderEventPublisher;
import com.driftwoodgoods.orders.service.OrderService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

// H2 (in-memory persistence) and a capturing publisher instead of RabbitMQ.
@SpringBootTest(properties = {
    "retail.orders.persistence.provider=in-memory",
    "retail.orders.messaging.provider=in-memory"
})
class OrderServiceTest {

    static final List<OrderCreatedEvent> published = new ArrayList<>();

    @TestConfiguration
    static class CapturingPublisher {
        @Bean
        @Primary
        OrderEventPublisher capturing() {
            return published::add;
        }
    }

    @Autowired
    OrderService service;

    @Test
    void createPersistsAndPublishesAfterCommit() {
        OrderEntity order = service.create("c1", "sandy@example.com", "Sandy", "Shore",
            List.of(new OrderEntity.OrderItem("lantern", 2, 4900)));

        assertThat(order.total()).isEqualTo(9800);
        assertThat(service.forCustomer("c1")).extracting(OrderEntity::getId).contains(order.getId());
        assertThat(published).extracting(OrderCreatedEvent::orderId).contains(order.getId());
    }
}
