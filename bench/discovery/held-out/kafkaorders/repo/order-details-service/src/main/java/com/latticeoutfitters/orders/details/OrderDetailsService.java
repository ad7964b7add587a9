package com.latticeoutfitters.orders.details;

import com.latticeoutfitters.orders.avro.Order;
import com.latticeoutfitters.orders.avro.OrderState;
import com.latticeoutfitters.orders.avro.OrderValidation;
import com.latticeoutfitters.orders.avro.OrderValidationResult;
import com.latticeoutfitters.orders.avro.OrderValidationType;
import com.latticeoutfitters.orders.common.OpsServer;
import com.latticeoutfitters.orders.common.Schemas;
import com.latticeoutfitters.orders.common.Schemas.Topics;
import com.latticeoutfitters.orders.common.ServiceConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Validates the self-contained parts of an order (quantity, price, product) without any state.
 * Deliberately written with the plain consumer/producer API and transactions rather than Streams,
 * to show the read-process-write loop explicitly.
 */
public class OrderDetailsService implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(OrderDetailsService.class);
  static final String CONSUMER_GROUP_ID = "order-details-service";
  static final int MAX_QUANTITY = 500;

  private final Consumer<String, Order> consumer;
  private final Producer<String, OrderValidation> producer;
  private final AtomicBoolean running = new AtomicBoolean(true);

  public OrderDetailsService(Consumer<String, Order> consumer, Producer<String, OrderValidation> producer) {
    this.consumer = consumer;
    this.producer = producer;
  }

  @Override
  public void run() {
    producer.initTransactions();
    consumer.subscribe(Collections.singletonList(Topics.ORDERS.name()));
    try {
      while (running.get()) {
        ConsumerRecords<String, Order> records = consumer.poll(Duration.ofMillis(250));
        if (records.isEmpty()) {
          continue;
        }
        producer.beginTransaction();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<String, Order> record : records) {
          Order order = record.value();
          if (order != null && order.getState() == OrderState.CREATED) {
            producer.send(new ProducerRecord<>(Topics.ORDER_VALIDATIONS.name(), order.getId(), validate(order)));
          }
          offsets.put(new TopicPartition(record.topic(), record.partition()),
              new OffsetAndMetadata(record.offset() + 1));
        }
        producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
        producer.commitTransaction();
      }
    } catch (WakeupException e) {
      if (running.get()) {
        throw e;
      }
    } finally {
      consumer.close();
      producer.close();
    }
  }

  static OrderValidation validate(Order order) {
    String reason = null;
    if (order.getQuantity() <= 0) {
      reason = "quantity must be positive";
    } else if (order.getQuantity() > MAX_QUANTITY) {
      reason = "quantity above per-order limit " + MAX_QUANTITY;
    } else if (order.getPrice() < 0) {
      reason = "negative price";
    } else if (order.getProduct() == null || order.getProduct().name().equals("UNDEFINED")) {
      reason = "unknown product";
    } else if (order.getCustomerId() <= 0) {
      reason = "missing customer";
    }
    return new OrderValidation(order.getId(), OrderValidationType.ORDER_DETAILS_CHECK,
        reason == null ? OrderValidationResult.PASS : OrderValidationResult.FAIL, reason);
  }

  public void stop() {
    running.set(false);
    consumer.wakeup();
  }

  public static void main(String[] args) throws Exception {
    ServiceConfig config = ServiceConfig.load("order-details-service");
    Schemas.configureSerdes(config.schemaRegistryUrl());

    Properties c = new Properties();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    c.put(ConsumerConfig.GROUP_ID_CONFIG, CONSUMER_GROUP_ID);
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");

    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG,
        "order-details-" + config.get("HOSTNAME", "instance.id", "local"));
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);

    OrderDetailsService service = new OrderDetailsService(
        new KafkaConsumer<>(c, Topics.ORDERS.keySerde().deserializer(), Topics.ORDERS.valueSerde().deserializer()),
        new KafkaProducer<>(p, Topics.ORDER_VALIDATIONS.keySerde().serializer(),
            Topics.ORDER_VALIDATIONS.valueSerde().serializer()));

    OpsServer ops = new OpsServer(config.getInt("OPS_PORT", "ops.port", 8090), () -> true).start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.stop();
      ops.close();
    }));
    log.info("order-details-service consuming {} from {}", Topics.ORDERS, config.bootstrapServers());
    service.run();
  }
}
