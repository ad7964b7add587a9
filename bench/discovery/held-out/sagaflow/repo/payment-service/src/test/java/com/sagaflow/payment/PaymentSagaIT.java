package com.sagaflow.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sagaflow.domain.Order;
import com.sagaflow.domain.Topics;
import com.sagaflow.payment.domain.Customer;
import com.sagaflow.payment.repository.CustomerRepository;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@Import(TestcontainersConfig.class)
@ActiveProfiles("test")
class PaymentSagaIT {

    @Autowired
    private KafkaTemplate<Long, Order> template;

    @Autowired
    private CustomerRepository repository;

    @Test
    void newOrderReservesFunds() {
        Customer customer = repository.findById(1L).orElseThrow();
        int before = customer.getAmountAvailable();

        template.send(Topics.ORDERS, 1001L, new Order(1001L, 1L, 1L, 1, 100));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(repository.findById(1L).orElseThrow().getAmountReserved()).isEqualTo(100));
        assertThat(repository.findById(1L).orElseThrow().getAmountAvailable()).isEqualTo(before - 100);
    }
}
