package io.devicegate.service.commandrouter;

import java.util.Map;

import io.devicegate.client.kafka.CachingKafkaProducerFactory;
import io.devicegate.util.DeviceGateTopic;
import io.vertx.core.Future;
import io.vertx.kafka.client.consumer.KafkaConsumerRecord;
import io.vertx.kafka.client.producer.KafkaProducerRecord;

/** Forwards a command to {@code devicegate.command_internal.<adapterInstanceId>}. */
public class KafkaBasedInternalCommandSender {

    private final CachingKafkaProducerFactory factory;
    private final Map<String, String> producerConfig;

    public KafkaBasedInternalCommandSender(final CachingKafkaProducerFactory factory, final Map<String, String> config) {
        this.factory = factory;
        this.producerConfig = config;
    }

    public Future<Void> sendCommand(final String adapterInstanceId, final KafkaConsumerRecord<String, byte[]> command) {
        final var record = KafkaProducerRecord.<String, byte[]>create(
                DeviceGateTopic.commandInternal(adapterInstanceId).toString(), command.key(), command.value());
        command.headers().forEach(h -> record.addHeader(h.key(), h.value()));
        return factory.getOrCreateProducer("command-internal", producerConfig).send(record).mapEmpty();
    }
}
