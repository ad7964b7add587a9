package com.latticeoutfitters.orders.email;

import com.latticeoutfitters.orders.avro.Customer;
import com.latticeoutfitters.orders.avro.Order;
import com.latticeoutfitters.orders.avro.OrderNotification;
import com.latticeoutfitters.orders.avro.OrderState;
import com.latticeoutfitters.orders.avro.Payment;
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
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.apache.kafka.streams.kstream.JoinWindows;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.StreamJoined;

import java.time.Duration;

/**
 * Sends a confirmation email once an order has been paid: orders ⋈ payments (windowed, keyed by
 * order id) ⋈ customers (global table fed by Kafka Connect from the customers database).
 * Every email sent is also recorded on {@code order-notifications} for the CRM team.
 */
public class EmailService {

  static final String SERVICE_APP_ID = "email-service";

  public static Topology buildTopology(Emailer emailer, boolean dryRun) {
    StreamsBuilder builder = new StreamsBuilder();

    KStream<String, Order> orders = builder.stream(Topics.ORDERS.name(),
            Consumed.with(Topics.ORDERS.keySerde(), Topics.ORDERS.valueSerde()))
        .filter((id, order) -> order != null && order.getState() == OrderState.VALIDATED);

    // payments are keyed by payment id; re-key by order id
    KStream<String, Payment> payments = builder.stream(Topics.PAYMENTS.name(),
            Consumed.with(Topics.PAYMENTS.keySerde(), Topics.PAYMENTS.valueSerde()))
        .selectKey((paymentId, payment) -> payment.getOrderId());

    GlobalKTable<Long, Customer> customers = builder.globalTable(Topics.CUSTOMERS.name(),
        Consumed.with(Topics.CUSTOMERS.keySerde(), Topics.CUSTOMERS.valueSerde()));

    KStream<String, EmailTuple> paidOrders = orders.join(payments, EmailTuple::new,
        JoinWindows.ofTimeDifferenceWithNoGrace(Duration.ofMinutes(1)),
        StreamJoined.with(Serdes.String(), Topics.ORDERS.valueSerde(), Topics.PAYMENTS.valueSerde())
            .withName("orders-with-payments"));

    KStream<String, EmailTuple> withCustomer = paidOrders.join(customers,
        (orderId, tuple) -> tuple.order.getCustomerId(),
        EmailTuple::withCustomer);

    withCustomer.peek((orderId, tuple) -> emailer.sendEmail(tuple))
        .mapValues(tuple -> OrderNotification.newBuilder()
            .setOrderId(tuple.order.getId())
            .setCustomerId(tuple.order.getCustomerId())
            .setTier(tuple.customer.getTier())
            .setRecipient(tuple.customer.getEmail())
            .setSentAt(System.currentTimeMillis())
            .setDryRun(dryRun)
            .build())
        .to(Topics.ORDER_NOTIFICATIONS.name(),
            Produced.with(Topics.ORDER_NOTIFICATIONS.keySerde(), Topics.ORDER_NOTIFICATIONS.valueSerde()));

    return builder.build();
  }

  static Emailer emailerFrom(ServiceConfig config) {
    if (config.flag("EMAIL_DRY_RUN", "email.dry-run", false)) {
      return new LoggingEmailer();
    }
    return new SmtpEmailer(
        config.get("SMTP_HOST", "smtp.host", "localhost"),
        config.getInt("SMTP_PORT", "smtp.port", 1025),
        config.get("SMTP_USERNAME", "smtp.username", ""),
        config.get("SMTP_PASSWORD", "smtp.password", ""),
        config.flag("SMTP_STARTTLS", "smtp.starttls", false),
        config.get("EMAIL_FROM", "email.from", "orders@latticeoutfitters.example"));
  }

  public static void main(String[] args) throws Exception {
    ServiceConfig config = ServiceConfig.load(SERVICE_APP_ID);
    Schemas.configureSerdes(config.schemaRegistryUrl());
    boolean dryRun = config.flag("EMAIL_DRY_RUN", "email.dry-run", false);
    KafkaStreams streams = new KafkaStreams(buildTopology(emailerFrom(config), dryRun),
        StreamsSupport.baseStreamsConfig(config, SERVICE_APP_ID));
    OpsServer ops = new OpsServer(config.getInt("OPS_PORT", "ops.port", 8090),
        () -> streams.state().isRunningOrRebalancing()).start();
    StreamsSupport.addShutdownHookAndBlock(streams, ops::close);
  }
}
