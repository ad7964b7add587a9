package io.devicegate.client.kafka;

import java.util.Map;
import java.util.function.Consumer;

import io.devicegate.util.DeviceGateTopic;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.kafka.client.consumer.KafkaConsumer;
import io.vertx.kafka.client.consumer.KafkaConsumerRecord;

/**
 * Consumes commands that the command router forwarded to this protocol adapter instance on
 * {@code devicegate.command_internal.<adapterInstanceId>}.
 */
public class KafkaBasedInternalCommandConsumer {

    private final KafkaConsumer<String, byte[]> consumer;
    private final String adapterInstanceId;

    public KafkaBasedInternalCommandConsumer(final Vertx vertx, final Map<String, String> consumerConfig,
            final String adapterInstanceId) {
        this.adapterInstanceId = adapterInstanceId;
        this.consumer = KafkaConsumer.create(vertx, consumerConfig);
    }

    public Future<Void> start(final Consumer<KafkaConsumerRecord<String, byte[]>> commandHandler) {
        consumer.handler(commandHandler::accept);
        return consumer.subscribe(DeviceGateTopic.commandInternal(adapterInstanceId).toString());
    }
}
