package io.devicegate.service.registry.mongodb;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;

/** Stores tenants in the "tenants" collection and credentials in "credentials". */
public class MongoDbBasedTenantDao {

    public static final String COLLECTION_TENANTS = "tenants";
    public static final String COLLECTION_CREDENTIALS = "credentials";
    private final MongoClient mongoClient;

    public MongoDbBasedTenantDao(final MongoClient mongoClient) {
        this.mongoClient = mongoClient;
    }

    public Future<JsonObject> getById(final String tenantId) {
        return mongoClient.findOne(COLLECTION_TENANTS, new JsonObject().put("tenant-id", tenantId), null);
    }

    public Future<JsonObject> findCredentials(final String tenantId, final String authId, final String type) {
        return mongoClient.findOne(COLLECTION_CREDENTIALS, new JsonObject().put("tenant-id", tenantId)
                .put("credentials.auth-id", authId).put("credentials.type", type), null);
    }
}
