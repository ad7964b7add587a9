package com.sagaflow.order.config;

import com.sagaflow.domain.Order;
import com.sagaflow.domain.Topics;
import com.sagaflow.order.service.OrderManageService;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.JoinWindows;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.StreamJoined;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.serializer.JsonSerde;

/**
 * Saga coordinator topology: joins the payment and stock replies for the same order id
 * and publishes the final decision back on {@code orders}.
 */
@Configuration
public class KafkaStreamsConfig {

    public static final String ORDERS_STORE = "orders-store";

    private static final Logger LOG = LoggerFactory.getLogger(KafkaStreamsConfig.class);

    private final OrderManageService orderManageService;

    public KafkaStreamsConfig(OrderManageService orderManageService) {
        this.orderManageService = orderManageService;
    }

    @Bean
    public KStream<Long, Order> sagaStream(StreamsBuilder builder) {
        Serde<Long> keySerde = Serdes.Long();
        JsonSerde<Order> orderSerde = new JsonSerde<>(Order.class);

        KStream<Long, Order> paymentReplies = builder
                .stream(Topics.PAYMENT_ORDERS, Consumed.with(keySerde, orderSerde));
        KStream<Long, Order> stockReplies = builder
                .stream(Topics.STOCK_ORDERS, Consumed.with(keySerde, orderSerde));

        KStream<Long, Order> decisions = paymentReplies.join(
                stockReplies,
                orderManageService::confirm,
                JoinWindows.ofTimeDifferenceWithNoGrace(Duration.ofSeconds(10)),
                StreamJoined.with(keySerde, orderSerde, orderSerde));

        decisions
                .peek((id, order) -> LOG.info("Saga decision for order {}: {}", id, order.getStatus()))
                .to(Topics.ORDERS, Produced.with(keySerde, orderSerde));

        return decisions;
    }

    @Bean
    public KTable<Long, Order> ordersTable(StreamsBuilder builder) {
        KeyValueBytesStoreSupplier store = Stores.persistentKeyValueStore(ORDERS_STORE);
        JsonSerde<Order> orderSerde = new JsonSerde<>(Order.class);
        return builder.table(Topics.ORDERS,
                Consumed.with(Serdes.Long(), orderSerde),
                Materialized.<Long, Order, KeyValueStore<Bytes, byte[]>>as(store)
                        .withKeySerde(Serdes.Long())
                        .withValueSerde(orderSerde));
    }
}
