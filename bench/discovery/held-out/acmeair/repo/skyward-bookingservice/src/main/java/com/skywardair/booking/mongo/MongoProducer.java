package com.skywardair.booking.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the booking database. Host/port/name come from MONGO_HOST, MONGO_PORT and
 * MONGO_DBNAME (environment wins over microprofile-config.properties). MONGO_USER/MONGO_PASSWORD
 * are optional.
 */
@ApplicationScoped
public class MongoProducer {

    private static final Logger LOG = Logger.getLogger(MongoProducer.class.getName());

    @Inject @ConfigProperty(name = "MONGO_HOST", defaultValue = "localhost")
    String host;

    @Inject @ConfigProperty(name = "MONGO_PORT", defaultValue = "27017")
    int port;

    @Inject @ConfigProperty(name = "MONGO_DBNAME", defaultValue = "skyward_booking")
    String dbName;

    @Inject @ConfigProperty(name = "MONGO_USER")
    Optional<String> user;

    @Inject @ConfigProperty(name = "MONGO_PASSWORD")
    Optional<String> password;

    @Produces
    @ApplicationScoped
    public MongoClient createClient() {
        String credentials = user.map(u -> u + ":" + password.orElse("") + "@").orElse("");
        String uri = "mongodb://" + credentials + host + ":" + port + "/" + dbName;
        LOG.info(() -> "Connecting to booking database at " + host + ":" + port + "/" + dbName);
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToConnectionPoolSettings(b -> b.maxSize(50).maxWaitTime(10, TimeUnit.SECONDS))
                .applyToSocketSettings(b -> b.connectTimeout(5, TimeUnit.SECONDS))
                .build();
        return MongoClients.create(settings);
    }

    @Produces
    @ApplicationScoped
    public MongoDatabase createDatabase(MongoClient client) {
        return client.getDatabase(dbName);
    }

    public void close(@Disposes MongoClient client) {
        client.close();
    }
}
