package io.devicegate.service.registry.mongodb;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;

/** Stores device registration information in the "devices" collection. */
public class MongoDbBasedDeviceDao {

    public static final String COLLECTION_DEVICES = "devices";
    private final MongoClient mongoClient;

    public MongoDbBasedDeviceDao(final MongoClient mongoClient) {
        this.mongoClient = mongoClient;
    }

    public Future<JsonObject> getById(final String tenantId, final String deviceId) {
        return mongoClient.findOne(COLLECTION_DEVICES,
                new JsonObject().put("tenant-id", tenantId).put("device-id", deviceId), null);
    }

    public Future<String> create(final JsonObject device) {
        return mongoClient.insert(COLLECTION_DEVICES, device);
    }
}
