package com.latticeoutfitters.orders.fraud;

import com.latticeoutfitters.orders.avro.Order;
import com.latticeoutfitters.orders.avro.OrderState;
import com.latticeoutfitters.orders.avro.OrderValidation;
import com.latticeoutfitters.orders.avro.OrderValidationResult;
import com.latticeoutfitters.orders.avro.OrderValidationType;
import com.latticeoutfitters.orders.common.OpsServer;
import com.latticeoutfitters.orders.common.Schemas;
import com.latticeoutfitters.orders.common.Schemas.Topics;
import com.latticeoutfitters.orders.common.ServiceConfig;
import com.latticeoutfitters.orders.common.StreamsSupport;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.JoinWindows;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.SessionWindows;
import org.apache.kafka.streams.kstream.StreamJoined;
import org.apache.kafka.streams.kstream.Windowed;

import java.time.Duration;

/**
 * Flags customers whose total spend within a one-hour session exceeds the fraud limit. Orders are
 * grouped by customer, summed over session windows, and every order in an over-limit session
 * fails the FRAUD_CHECK.
 */
public class FraudService {

  static final String SERVICE_APP_ID = "fraud-service";
  static final String FRAUD_TOTALS_STORE = "fraud-session-totals";

  public static Topology buildTopology(double fraudLimit, Duration sessionGap) {
    StreamsBuilder builder = new StreamsBuilder();

    KStream<String, Order> orders = builder
        .stream(Topics.ORDERS.name(), Consumed.with(Topics.ORDERS.keySerde(), Topics.ORDERS.valueSerde()))
        .filter((id, order) -> order != null && order.getState() == OrderState.CREATED);

    KTable<Windowed<Long>, Double> totalsPerCustomer = orders
        .groupBy((id, order) -> order.getCustomerId(), Grouped.with(Serdes.Long(), Topics.ORDERS.valueSerde()))
        .windowedBy(SessionWindows.ofInactivityGapWithNoGrace(sessionGap))
        .aggregate(() -> 0.0,
            (customerId, order, total) -> total + order.getQuantity() * order.getPrice(),
            (customerId, left, right) -> left + right,
            Materialized.<Long, Double, org.apache.kafka.streams.state.SessionStore<org.apache.kafka.common.utils.Bytes, byte[]>>as(FRAUD_TOTALS_STORE)
                .withKeySerde(Serdes.Long())
                .withValueSerde(Serdes.Double()));

    KStream<String, Double> totalsByOrderCustomer = totalsPerCustomer.toStream()
        .filter((windowedCustomer, total) -> total != null)
        .map((windowedCustomer, total) -> KeyValue.pair(windowedCustomer.key().toString(), total));

    KStream<String, Order> ordersByCustomer = orders
        .selectKey((id, order) -> Long.toString(order.getCustomerId()));

    ordersByCustomer
        .join(totalsByOrderCustomer,
            (order, total) -> toValidation(order, total, fraudLimit),
            JoinWindows.ofTimeDifferenceWithNoGrace(sessionGap),
            StreamJoined.with(Serdes.String(), Topics.ORDERS.valueSerde(), Serdes.Double())
                .withName("orders-with-session-total"))
        .selectKey((customer, validation) -> validation.getOrderId())
        .to(Topics.ORDER_VALIDATIONS.name(),
            Produced.with(Topics.ORDER_VALIDATIONS.keySerde(), Topics.ORDER_VALIDATIONS.valueSerde()));

    return builder.build();
  }

  static OrderValidation toValidation(Order order, double sessionTotal, double limit) {
    boolean fraudulent = sessionTotal >= limit;
    return new OrderValidation(order.getId(), OrderValidationType.FRAUD_CHECK,
        fraudulent ? OrderValidationResult.FAIL : OrderValidationResult.PASS,
        fraudulent ? String.format("session spend %.2f over limit %.2f", sessionTotal, limit) : null);
  }

  public static void main(String[] args) throws Exception {
    ServiceConfig config = ServiceConfig.load(SERVICE_APP_ID);
    Schemas.configureSerdes(config.schemaRegistryUrl());
    double limit = Double.parseDouble(config.get("FRAUD_LIMIT", "fraud.limit", "2000"));
    Duration gap = Duration.ofMinutes(config.getInt("FRAUD_SESSION_MINUTES", "fraud.session.minutes", 60));

    KafkaStreams streams = new KafkaStreams(buildTopology(limit, gap),
        StreamsSupport.baseStreamsConfig(config, SERVICE_APP_ID));
    OpsServer ops = new OpsServer(config.getInt("OPS_PORT", "ops.port", 8090),
        () -> streams.state().isRunningOrRebalancing()).start();
    ops.registry().gauge("lattice_fraud_limit", limit);
    StreamsSupport.addShutdownHookAndBlock(streams, ops::close);
  }
}
