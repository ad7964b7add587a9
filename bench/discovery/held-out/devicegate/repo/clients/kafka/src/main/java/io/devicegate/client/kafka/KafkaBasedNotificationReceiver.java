package io.devicegate.client.kafka;

import java.util.List;
import java.util.Map;

import io.devicegate.util.DeviceGateTopic;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.kafka.client.consumer.KafkaConsumer;

/** Receives registry notifications in order to invalidate cached tenant/device data. */
public class KafkaBasedNotificationReceiver {

    private final KafkaConsumer<String, byte[]> consumer;

    public KafkaBasedNotificationReceiver(final Vertx vertx, final Map<String, String> consumerConfig) {
        this.consumer = KafkaConsumer.create(vertx, consumerConfig);
    }

    public Future<Void> start(final Handler<JsonObject> handler) {
        consumer.handler(rec -> handler.handle(new JsonObject(io.vertx.core.buffer.Buffer.buffer(rec.value()))));
        return consumer.subscribe(java.util.Set.copyOf(List.of(
                DeviceGateTopic.notificationTopic("registry-tenant"),
                DeviceGateTopic.notificationTopic("registry-device"))));
    }
}
