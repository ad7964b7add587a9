package io.devicegate.service.registry.mongodb;

import io.devicegate.client.kafka.KafkaBasedNotificationSender;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/** Implements the HTTP device management API (POST /v1/devices/{tenant}/{device}). */
public class MongoDbBasedDeviceManagementService {

    private final MongoDbBasedDeviceDao dao;
    private final KafkaBasedNotificationSender notificationSender;

    public MongoDbBasedDeviceManagementService(final MongoDbBasedDeviceDao dao,
            final KafkaBasedNotificationSender notificationSender) {
        this.dao = dao;
        this.notificationSender = notificationSender;
    }

    public Future<String> createDevice(final String tenantId, final String deviceId, final JsonObject device) {
        return dao.create(device.put("tenant-id", tenantId).put("device-id", deviceId))
            .compose(id -> notificationSender.publish("registry-device", deviceId,
                    new JsonObject().put("change", "CREATE").put("tenant-id", tenantId).put("device-id", deviceId))
                .map(id));
    }
}
