package com.sagaflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.sagaflow.domain.Order;
import com.sagaflow.domain.Topics;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.support.serializer.JsonDeserializer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, topics = {Topics.ORDERS, Topics.PAYMENT_ORDERS, Topics.STOCK_ORDERS},
        kraft = true)
@ActiveProfiles("test")
class OrderControllerIT {

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private EmbeddedKafkaBroker broker;

    @Test
    void postedOrderLandsOnOrdersTopic() {
        Order order = new Order(null, 3L, 4L, 1, 150);
        ResponseEntity<Order> response = rest.postForEntity("/orders", order, Order.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        Map<String, Object> props = KafkaTestUtils.consumerProps("verifier", "true", broker);
        props.put(JsonDeserializer.TRUSTED_PACKAGES, "com.sagaflow.domain");
        props.put(JsonDeserializer.VALUE_DEFAULT_TYPE, Order.class.getName());
        try (Consumer<Long, Order> consumer = new DefaultKafkaConsumerFactory<>(props,
                new LongDeserializer(), new JsonDeserializer<Order>()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.ORDERS);
            ConsumerRecord<Long, Order> record =
                    KafkaTestUtils.getSingleRecord(consumer, Topics.ORDERS, Duration.ofSeconds(10));
            assertThat(record.value().getCustomerId()).isEqualTo(3L);
        }
    }
}
