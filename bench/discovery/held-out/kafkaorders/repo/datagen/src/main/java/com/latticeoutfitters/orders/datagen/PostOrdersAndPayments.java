package com.latticeoutfitters.orders.datagen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.latticeoutfitters.orders.avro.Payment;
import com.latticeoutfitters.orders.avro.Product;
import com.latticeoutfitters.orders.common.Schemas;
import com.latticeoutfitters.orders.common.Schemas.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Demo traffic: POSTs an order to orders-service, then publishes a matching payment straight to
 * the {@code payments} topic (there is no payments service in the demo), then long-polls the
 * validated endpoint.
 *
 * <pre>
 * java -jar datagen.jar --orders-url http://localhost:8080 --bootstrap-servers localhost:9092 \
 *      --schema-registry http://localhost:8081 --rate 2 --customers 1-50
 * </pre>
 */
public class PostOrdersAndPayments {

  private static final Product[] PRODUCTS = {
      Product.TRAIL_JACKET, Product.ROPE_60M, Product.CARABINER_SET, Product.ALPINE_BOOTS};
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    String ordersUrl = args.get("orders-url", "http://localhost:8080");
    String bootstrap = args.get("bootstrap-servers", "localhost:9092");
    String schemaRegistry = args.get("schema-registry", "http://localhost:8081");
    int ratePerSecond = args.getInt("rate", 1);
    int maxCustomer = Integer.parseInt(args.get("customers", "1-50").split("-")[1]);
    int limit = args.getInt("count", Integer.MAX_VALUE);

    Schemas.configureSerdes(schemaRegistry);
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "datagen-payments");

    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try (KafkaProducer<String, Payment> payments = new KafkaProducer<>(props,
        Topics.PAYMENTS.keySerde().serializer(), Topics.PAYMENTS.valueSerde().serializer())) {
      for (int i = 0; i < limit; i++) {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        String orderId = "dg-" + System.currentTimeMillis() + "-" + i;
        Product product = PRODUCTS[rnd.nextInt(PRODUCTS.length)];
        int quantity = 1 + rnd.nextInt(4);
        double price = switch (product) {
          case TRAIL_JACKET -> 240.0;
          case ROPE_60M -> 189.0;
          case CARABINER_SET -> 49.5;
          case ALPINE_BOOTS -> 320.0;
          default -> 1.0;
        };

        Map<String, Object> order = new LinkedHashMap<>();
        order.put("id", orderId);
        order.put("customerId", 1 + rnd.nextInt(maxCustomer));
        order.put("state", "CREATED");
        order.put("product", product.name());
        order.put("quantity", quantity);
        order.put("price", price);

        HttpRequest post = HttpRequest.newBuilder(URI.create(ordersUrl + "/v1/orders"))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(order)))
            .build();
        HttpResponse<String> created = http.send(post, HttpResponse.BodyHandlers.ofString());
        System.out.printf("POST %s -> %d%n", orderId, created.statusCode());
        if (created.statusCode() != 201) {
          Thread.sleep(1000L);
          continue;
        }

        Payment payment = new Payment("pay-" + orderId, orderId, "EUR", quantity * price);
        payments.send(new ProducerRecord<>(Topics.PAYMENTS.name(), payment.getId(), payment));

        if (i % 10 == 0) {
          HttpRequest poll = HttpRequest.newBuilder(
                  URI.create(ordersUrl + "/v1/orders/" + orderId + "/validated?timeout=5000"))
              .GET().build();
          HttpResponse<String> validated = http.send(poll, HttpResponse.BodyHandlers.ofString());
          System.out.printf("GET validated %s -> %d %s%n", orderId, validated.statusCode(), validated.body());
        }
        Thread.sleep(1000L / Math.max(ratePerSecond, 1));
      }
    }
  }
}
