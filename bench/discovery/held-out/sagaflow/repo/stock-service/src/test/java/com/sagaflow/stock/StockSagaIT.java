package com.sagaflow.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sagaflow.domain.Order;
import com.sagaflow.domain.OrderStatus;
import com.sagaflow.domain.Topics;
import com.sagaflow.stock.repository.ProductRepository;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

@SpringBootTest
@Testcontainers
@ActiveProfiles("test")
class StockSagaIT {

    @Container
    @ServiceConnection
    static KafkaContainer kafka = new KafkaContainer("apache/kafka-native:3.8.0");

    @Container
    @ServiceConnection
    static PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:16-alpine")
            .withDatabaseName("stock");

    @Autowired
    private KafkaTemplate<Long, Order> template;

    @Autowired
    private ProductRepository repository;

    @Test
    void rollbackReleasesReservedItems() {
        template.send(Topics.ORDERS, 2001L, new Order(2001L, 1L, 2L, 3, 100));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(repository.findById(2L).orElseThrow().getReservedItems()).isEqualTo(3));

        Order rollback = new Order(2001L, 1L, 2L, 3, 100);
        rollback.setStatus(OrderStatus.ROLLBACK);
        template.send(Topics.ORDERS, 2001L, rollback);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(repository.findById(2L).orElseThrow().getReservedItems()).isZero());
    }
}
