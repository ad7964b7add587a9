package io.devicegate.client.kafka;

import java.util.Map;

import io.devicegate.util.DeviceGateTopic;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.kafka.client.producer.KafkaProducerRecord;

/**
 * Publishes registry change notifications (tenant/device/credentials changed) to
 * {@code devicegate.notification.registry-tenant} and {@code devicegate.notification.registry-device}.
 */
public class KafkaBasedNotificationSender {

    private final CachingKafkaProducerFactory factory;
    private final Map<String, String> config;

    public KafkaBasedNotificationSender(final CachingKafkaProducerFactory factory, final Map<String, String> config) {
        this.factory = factory;
        this.config = config;
    }

    public Future<Void> publish(final String notificationType, final String key, final JsonObject notification) {
        final var record = KafkaProducerRecord.<String, byte[]>create(
                DeviceGateTopic.notificationTopic(notificationType), key, notification.toBuffer().getBytes());
        return factory.getOrCreateProducer("notification", config).send(record).mapEmpty();
    }
}
