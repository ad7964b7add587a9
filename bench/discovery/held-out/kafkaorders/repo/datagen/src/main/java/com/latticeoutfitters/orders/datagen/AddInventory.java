package com.latticeoutfitters.orders.datagen;

import com.latticeoutfitters.orders.avro.Product;
import com.latticeoutfitters.orders.common.Schemas;
import com.latticeoutfitters.orders.common.Schemas.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.util.Properties;

/**
 * Seeds the {@code warehouse-inventory} topic with stock levels.
 *
 * <pre>
 * java -cp datagen.jar com.latticeoutfitters.orders.datagen.AddInventory \
 *      --bootstrap-servers localhost:9092 --units 500
 * </pre>
 */
public class AddInventory {

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    String bootstrap = args.get("bootstrap-servers", "localhost:9092");
    int units = args.getInt("units", 200);
    Schemas.configureSerdes(args.get("schema-registry", "http://localhost:8081"));

    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<Product, Integer> producer = new KafkaProducer<>(props,
        Topics.WAREHOUSE_INVENTORY.keySerde().serializer(), Topics.WAREHOUSE_INVENTORY.valueSerde().serializer())) {
      for (Product product : Product.values()) {
        if (product == Product.UNDEFINED) {
          continue;
        }
        producer.send(new ProducerRecord<>(Topics.WAREHOUSE_INVENTORY.name(), product, units)).get();
        System.out.printf("stocked %s = %d%n", product, units);
      }
    }
  }
}
