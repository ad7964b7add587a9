package com.latticeoutfitters.orders.service;

import com.latticeoutfitters.orders.avro.Order;
import com.latticeoutfitters.orders.common.Schemas;
import com.latticeoutfitters.orders.common.Schemas.Topics;
import com.latticeoutfitters.orders.common.ServiceConfig;
import com.latticeoutfitters.orders.common.StreamsSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.eclipse.jetty.server.Server;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jetty.JettyHttpContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Properties;

/**
 * orders-service: accepts orders over REST, writes them to {@code orders}, and materialises the
 * same topic into a queryable store so clients can read their order back (and wait for it to be
 * validated by the downstream services).
 */
public class OrdersService {

  private static final Logger log = LoggerFactory.getLogger(OrdersService.class);
  static final String SERVICE_APP_ID = "orders-service";
  static final String ORDERS_STORE = "orders-store";

  private final ServiceConfig config;
  private KafkaStreams streams;
  private Producer<String, Order> producer;
  private Server jetty;
  private OrdersResource resource;

  public OrdersService(ServiceConfig config) {
    this.config = config;
  }

  Topology buildTopology(OrdersResource sink) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.table(Topics.ORDERS.name(),
            Consumed.with(Topics.ORDERS.keySerde(), Topics.ORDERS.valueSerde()),
            Materialized.as(ORDERS_STORE))
        .toStream()
        .foreach(sink::onOrderUpdate);
    return builder.build();
  }

  public void start() throws Exception {
    Schemas.configureSerdes(config.schemaRegistryUrl());
    int port = config.getInt("HTTP_PORT", "http.port", 8080);
    String advertisedHost = config.get("ADVERTISED_HOST", "advertised.host", "localhost");
    HostStoreInfo self = new HostStoreInfo(advertisedHost, port);

    producer = new KafkaProducer<>(producerConfig(), Topics.ORDERS.keySerde().serializer(),
        Topics.ORDERS.valueSerde().serializer());

    long timeoutMs = Long.parseLong(config.get("VALIDATED_TIMEOUT_MS", "validated.timeout.ms", "10000"));
    RemoteOrdersClient remote = new RemoteOrdersClient((int) timeoutMs);

    // streams is created below; lookups are late-bound lambdas
    resource = new OrdersResource(producer, this::localOrder,
        id -> new MetadataService(streams).hostForKey(ORDERS_STORE, id, Serdes.String().serializer()),
        self, remote, timeoutMs,
        config.flag("FEATURE_VALIDATED_ENDPOINT", "features.validated-endpoint", true));

    Properties props = StreamsSupport.baseStreamsConfig(config, SERVICE_APP_ID);
    props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, advertisedHost + ":" + port);
    streams = new KafkaStreams(buildTopology(resource), props);
    streams.setStateListener((newState, oldState) -> {
      if (newState == KafkaStreams.State.RUNNING) {
        resource.markReady();
      }
    });
    streams.start();

    ResourceConfig rc = new ResourceConfig().register(resource).register(JacksonFeature.class);
    jetty = JettyHttpContainerFactory.createServer(URI.create("http://0.0.0.0:" + port + "/"), rc);
    log.info("orders-service listening on :{} (advertised as {})", port, self.baseUrl());
  }

  private Order localOrder(String id) {
    ReadOnlyKeyValueStore<String, Order> store = streams.store(
        StoreQueryParameters.fromNameAndType(ORDERS_STORE, QueryableStoreTypes.keyValueStore()));
    return store.get(id);
  }

  private Properties producerConfig() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "orders-service-producer");
    props.put("schema.registry.url", config.schemaRegistryUrl());
    return props;
  }

  public void stop() throws Exception {
    if (jetty != null) {
      jetty.stop();
    }
    if (streams != null) {
      streams.close();
    }
    if (producer != null) {
      producer.close();
    }
    if (resource != null) {
      resource.shutdown();
    }
  }

  public static void main(String[] args) throws Exception {
    OrdersService service = new OrdersService(ServiceConfig.load(SERVICE_APP_ID));
    service.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        service.stop();
      } catch (Exception e) {
        log.warn("error during shutdown", e);
      }
    }));
  }
}
