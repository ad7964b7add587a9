package com.latticeoutfitters.orders.common;

import com.latticeoutfitters.orders.avro.Customer;
import com.latticeoutfitters.orders.avro.Order;
import com.latticeoutfitters.orders.avro.OrderNotification;
import com.latticeoutfitters.orders.avro.OrderValidation;
import com.latticeoutfitters.orders.avro.Payment;
import com.latticeoutfitters.orders.avro.Product;
import io.confluent.kafka.serializers.AbstractKafkaSchemaSerDeConfig;
import io.confluent.kafka.streams.serdes.avro.SpecificAvroSerde;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Single source of truth for topic names and their serdes. Every service refers to topics through
 * {@link Topics} so renaming a topic is a one-line change (plus the ACLs in deploy/k8s).
 */
public final class Schemas {

  private Schemas() {
  }

  public static final class Topic<K, V> {
    private final String name;
    private final Serde<K> keySerde;
    private final Serde<V> valueSerde;

    Topic(String name, Serde<K> keySerde, Serde<V> valueSerde) {
      this.name = name;
      this.keySerde = keySerde;
      this.valueSerde = valueSerde;
      Topics.ALL.put(name, this);
    }

    public Serde<K> keySerde() {
      return keySerde;
    }

    public Serde<V> valueSerde() {
      return valueSerde;
    }

    public String name() {
      return name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  public static final class Topics {
    public static final Map<String, Topic<?, ?>> ALL = new LinkedHashMap<>();

    public static Topic<String, Order> ORDERS;
    public static Topic<String, OrderValidation> ORDER_VALIDATIONS;
    public static Topic<String, Payment> PAYMENTS;
    public static Topic<Long, Customer> CUSTOMERS;
    public static Topic<Product, Integer> WAREHOUSE_INVENTORY;
    public static Topic<String, OrderNotification> ORDER_NOTIFICATIONS;

    static {
      createTopics();
    }

    private static void createTopics() {
      ALL.clear();
      ORDERS = new Topic<>("orders", Serdes.String(), new SpecificAvroSerde<>());
      ORDER_VALIDATIONS = new Topic<>("order-validations", Serdes.String(), new SpecificAvroSerde<>());
      PAYMENTS = new Topic<>("payments", Serdes.String(), new SpecificAvroSerde<>());
      // Populated by Kafka Connect (customers-jdbc-source) from the customers-db Postgres table.
      CUSTOMERS = new Topic<>("customers", Serdes.Long(), new SpecificAvroSerde<>());
      WAREHOUSE_INVENTORY = new Topic<>("warehouse-inventory", new ProductSerde(), Serdes.Integer());
      ORDER_NOTIFICATIONS = new Topic<>("order-notifications", Serdes.String(), new SpecificAvroSerde<>());
    }
  }

  /**
   * Point every Avro serde at the schema registry. Tests pass a {@code mock://} URL.
   */
  public static void configureSerdes(String schemaRegistryUrl) {
    Topics.createTopics();
    Map<String, String> config = Collections.singletonMap(
        AbstractKafkaSchemaSerDeConfig.SCHEMA_REGISTRY_URL_CONFIG, schemaRegistryUrl);
    for (Topic<?, ?> topic : Topics.ALL.values()) {
      configure(topic.keySerde(), config, true);
      configure(topic.valueSerde(), config, false);
    }
  }

  private static void configure(Serde<?> serde, Map<String, String> config, boolean isKey) {
    if (serde instanceof SpecificAvroSerde) {
      serde.configure(config, isKey);
    }
  }

  @SuppressWarnings("unchecked")
  public static <T extends SpecificRecord> Serde<T> avroSerde(String schemaRegistryUrl, boolean isKey) {
    SpecificAvroSerde<T> serde = new SpecificAvroSerde<>();
    serde.configure(Collections.singletonMap(
        AbstractKafkaSchemaSerDeConfig.SCHEMA_REGISTRY_URL_CONFIG, schemaRegistryUrl), isKey);
    return serde;
  }

  public static final class ProductSerde implements Serde<Product> {
    @Override
    public org.apache.kafka.common.serialization.Serializer<Product> serializer() {
      return (topic, data) -> data == null ? null : data.name().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public org.apache.kafka.common.serialization.Deserializer<Product> deserializer() {
      return (topic, bytes) -> bytes == null ? null
          : Product.valueOf(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
