package com.latticeoutfitters.orders.aggregator;

import com.latticeoutfitters.orders.avro.Order;
import com.latticeoutfitters.orders.avro.OrderState;
import com.latticeoutfitters.orders.avro.OrderValidation;
import com.latticeoutfitters.orders.avro.OrderValidationResult;
import com.latticeoutfitters.orders.common.OpsServer;
import com.latticeoutfitters.orders.common.Schemas;
import com.latticeoutfitters.orders.common.Schemas.Topics;
import com.latticeoutfitters.orders.common.ServiceConfig;
import com.latticeoutfitters.orders.common.StreamsSupport;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.JoinWindows;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.SessionWindows;
import org.apache.kafka.streams.kstream.StreamJoined;

import java.time.Duration;

/**
 * Collects the PASS/FAIL verdicts from order-details-service, inventory-service and fraud-service
 * and writes the order back to {@code orders} as VALIDATED (all checks passed) or FAILED (any
 * check failed).
 */
public class ValidationsAggregatorService {

  static final String SERVICE_APP_ID = "validations-aggregator";
  static final int NUMBER_OF_RULES = 3;
  static final Duration WINDOW = Duration.ofMinutes(5);

  public static Topology buildTopology() {
    StreamsBuilder builder = new StreamsBuilder();
    var orderSerde = Topics.ORDERS.valueSerde();

    KStream<String, OrderValidation> validations = builder.stream(Topics.ORDER_VALIDATIONS.name(),
        Consumed.with(Topics.ORDER_VALIDATIONS.keySerde(), Topics.ORDER_VALIDATIONS.valueSerde()));
    KStream<String, Order> orders = builder
        .stream(Topics.ORDERS.name(), Consumed.with(Topics.ORDERS.keySerde(), orderSerde))
        .filter((id, order) -> order != null && order.getState() == OrderState.CREATED);

    // Success path: count PASS results per order within a session; once all rules passed, emit VALIDATED.
    validations
        .filter((id, v) -> v.getValidationResult() == OrderValidationResult.PASS)
        .groupByKey(Grouped.with(Serdes.String(), Topics.ORDER_VALIDATIONS.valueSerde()))
        .windowedBy(SessionWindows.ofInactivityGapWithNoGrace(WINDOW))
        .aggregate(() -> 0L, (id, v, total) -> total + 1, (k, a, b) -> a + b,
            Materialized.with(Serdes.String(), Serdes.Long()))
        .toStream((windowedKey, total) -> windowedKey.key())
        .filter((id, total) -> total != null && total >= NUMBER_OF_RULES)
        .join(orders, (total, order) -> withState(order, OrderState.VALIDATED),
            JoinWindows.ofTimeDifferenceWithNoGrace(WINDOW),
            StreamJoined.with(Serdes.String(), Serdes.Long(), orderSerde).withName("passes-with-orders"))
        .to(Topics.ORDERS.name(), Produced.with(Topics.ORDERS.keySerde(), orderSerde));

    // Failure path: the first FAIL for an order wins.
    validations
        .filter((id, v) -> v.getValidationResult() == OrderValidationResult.FAIL)
        .join(orders, (v, order) -> withState(order, OrderState.FAILED),
            JoinWindows.ofTimeDifferenceWithNoGrace(WINDOW),
            StreamJoined.with(Serdes.String(), Topics.ORDER_VALIDATIONS.valueSerde(), orderSerde)
                .withName("failures-with-orders"))
        .groupByKey(Grouped.with(Serdes.String(), orderSerde))
        .reduce((first, ignored) -> first)
        .toStream()
        .to(Topics.ORDERS.name(), Produced.with(Topics.ORDERS.keySerde(), orderSerde));

    return builder.build();
  }

  static Order withState(Order order, OrderState state) {
    return Order.newBuilder(order).setState(state).build();
  }

  public static void main(String[] args) throws Exception {
    ServiceConfig config = ServiceConfig.load(SERVICE_APP_ID);
    Schemas.configureSerdes(config.schemaRegistryUrl());
    KafkaStreams streams = new KafkaStreams(buildTopology(),
        StreamsSupport.baseStreamsConfig(config, SERVICE_APP_ID));
    OpsServer ops = new OpsServer(config.getInt("OPS_PORT", "ops.port", 8090),
        () -> streams.state().isRunningOrRebalancing()).start();
    StreamsSupport.addShutdownHookAndBlock(streams, ops::close);
  }
}
