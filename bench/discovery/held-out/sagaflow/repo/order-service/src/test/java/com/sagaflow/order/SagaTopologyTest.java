package com.sagaflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.sagaflow.domain.Order;
import com.sagaflow.domain.OrderStatus;
import com.sagaflow.domain.Topics;
import com.sagaflow.order.config.KafkaStreamsConfig;
import com.sagaflow.order.service.OrderManageService;
import java.util.Properties;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.serializer.JsonDeserializer;
import org.springframework.kafka.support.serializer.JsonSerializer;

class SagaTopologyTest {

    private TopologyTestDriver driver;
    private TestInputTopic<Long, Order> payments;
    private TestInputTopic<Long, Order> stock;
    private TestOutputTopic<Long, Order> orders;

    @BeforeEach
    void setUp() {
        StreamsBuilder builder = new StreamsBuilder();
        new KafkaStreamsConfig(new OrderManageService()).sagaStream(builder);

        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "saga-topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:1234");
        driver = new TopologyTestDriver(builder.build(), props);

        payments = driver.createInputTopic(Topics.PAYMENT_ORDERS, new LongSerializer(), new JsonSerializer<>());
        stock = driver.createInputTopic(Topics.STOCK_ORDERS, new LongSerializer(), new JsonSerializer<>());
        orders = driver.createOutputTopic(Topics.ORDERS, new LongDeserializer(),
                new JsonDeserializer<>(Order.class, false));
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    @Test
    void joinsRepliesIntoConfirmation() {
        Order p = new Order(7L, 1L, 2L, 1, 300);
        p.setStatus(OrderStatus.ACCEPT);
        Order s = new Order(7L, 1L, 2L, 1, 300);
        s.setStatus(OrderStatus.ACCEPT);

        payments.pipeInput(7L, p);
        stock.pipeInput(7L, s);

        assertThat(orders.readValue().getStatus()).isEqualTo(OrderStatus.CONFIRMED);
    }
}
