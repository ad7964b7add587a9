package com.latticeoutfitters.orders.common;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/** Boilerplate shared by the Kafka Streams based services. */
public final class StreamsSupport {

  private static final Logger log = LoggerFactory.getLogger(StreamsSupport.class);

  private StreamsSupport() {
  }

  public static Properties baseStreamsConfig(ServiceConfig config, String applicationId) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir() + "/" + applicationId);
    props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.String().getClass());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 1000);
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG,
        config.getInt("REPLICATION_FACTOR", "replication.factor", 1));
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    props.put(StreamsConfig.producerPrefix(ProducerConfig.ACKS_CONFIG), "all");
    props.put("schema.registry.url", config.schemaRegistryUrl());
    // props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0); // handy when debugging joins
    return props;
  }

  public static void addShutdownHookAndBlock(KafkaStreams streams, Runnable onStop) throws InterruptedException {
    CountDownLatch latch = new CountDownLatch(1);
    streams.setUncaughtExceptionHandler(e -> {
      log.error("stream thread died", e);
      return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler
          .StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      log.info("shutting down");
      onStop.run();
      streams.close();
      latch.countDown();
    }, "shutdown"));
    streams.start();
    latch.await();
  }
}
