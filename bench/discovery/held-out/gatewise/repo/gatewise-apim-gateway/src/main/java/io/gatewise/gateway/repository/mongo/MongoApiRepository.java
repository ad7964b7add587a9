package io.gatewise.gateway.repository.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.gatewise.gateway.GatewayConfiguration;
import org.bson.Document;
import org.reactivestreams.Publisher;

import java.util.Date;

/**
 * Read side of the "management" repository used by the gateway to discover deployed APIs.
 */
public class MongoApiRepository {

    private final MongoClient client;
    private final MongoCollection<Document> events;
    private final MongoCollection<Document> apis;

    public MongoApiRepository(GatewayConfiguration config) {
        String uri = config.getString("management.mongodb.uri", null);
        if (uri == null) {
            uri = String.format("mongodb://%s:%s/%s",
                config.getString("management.mongodb.host", "localhost"),
                config.getString("management.mongodb.port", "27017"),
                config.getString("management.mongodb.dbname", "gatewise"));
        }
        ConnectionString connectionString = new ConnectionString(uri);
        this.client = MongoClients.create(MongoClientSettings.builder().applyConnectionString(connectionString).build());
        String db = connectionString.getDatabase() != null ? connectionString.getDatabase() : "gatewise";
        this.events = client.getDatabase(db).getCollection("events");
        this.apis = client.getDatabase(db).getCollection("apis");
    }

    public Publisher<Document> findDeployEventsSince(Date from) {
        return events.find(Filters.and(
            Filters.in("type", "PUBLISH_API", "UNPUBLISH_API", "START_API", "STOP_API"),
            Filters.gte("updatedAt", from)));
    }

    public Publisher<Document> findApi(String apiId) {
        return apis.find(Filters.eq("_id", apiId)).first();
    }

    public void close() {
        client.close();
    }
}
