package io.devicegate.client.kafka;

import java.util.Map;

import io.devicegate.util.DeviceGateTopic;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.kafka.client.producer.KafkaProducerRecord;
import io.vertx.kafka.client.producer.RecordMetadata;

public abstract class AbstractKafkaBasedDownstreamSender {

    protected final CachingKafkaProducerFactory producerFactory;
    protected final Map<String, String> producerConfig;
    protected final String producerName;

    protected AbstractKafkaBasedDownstreamSender(final CachingKafkaProducerFactory factory, final String producerName,
            final Map<String, String> producerConfig) {
        this.producerFactory = factory;
        this.producerName = producerName;
        this.producerConfig = producerConfig;
    }

    protected Future<RecordMetadata> send(final DeviceGateTopic topic, final String deviceId, final Buffer payload,
            final Map<String, String> headers) {
        final KafkaProducerRecord<String, byte[]> record = KafkaProducerRecord.create(topic.toString(), deviceId,
                payload == null ? null : payload.getBytes());
        headers.forEach(record::addHeader);
        return producerFactory.getOrCreateProducer(producerName, producerConfig).send(record);
    }
}
