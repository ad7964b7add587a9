package io.devicegate.client.kafka;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Vertx;
import io.vertx.kafka.client.producer.KafkaProducer;

/**
 * Creates and caches shared Vert.x Kafka producers, configured from
 * {@code devicegate.kafka.commonClientConfig} / {@code devicegate.kafka.producerConfig}.
 */
public final class CachingKafkaProducerFactory {

    private final Map<String, KafkaProducer<String, byte[]>> producers = new ConcurrentHashMap<>();
    private final Vertx vertx;

    public CachingKafkaProducerFactory(final Vertx vertx) {
        this.vertx = vertx;
    }

    public KafkaProducer<String, byte[]> getOrCreateProducer(final String producerName, final Map<String, String> config) {
        return producers.computeIfAbsent(producerName, name -> {
            // config contains "bootstrap.servers", e.g. devicegate-kafka:9092
            return KafkaProducer.createShared(vertx, name, config);
        });
    }
}
