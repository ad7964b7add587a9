package io.devicegate.service.registry.mongodb;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.devicegate.client.amqp.ClientConfigProperties;
import io.devicegate.client.amqp.DeviceGateConnection;
import io.devicegate.client.kafka.CachingKafkaProducerFactory;
import io.devicegate.client.kafka.KafkaBasedNotificationSender;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;

@ApplicationScoped
public class ApplicationConfig {

    @ConfigProperty(name = "devicegate.registry.mongodb.connectionString")
    String connectionString;

    @ConfigProperty(name = "devicegate.kafka.commonClientConfig.\"bootstrap.servers\"")
    String bootstrapServers;

    @ConfigProperty(name = "devicegate.auth.host")
    String authHost;

    @Produces
    MongoClient mongoClient(final Vertx vertx) {
        return MongoClient.createShared(vertx, new JsonObject()
                .put("connection_string", connectionString)
                .put("db_name", "devicegate-registry"));
    }

    @Produces
    KafkaBasedNotificationSender notificationSender(final Vertx vertx) {
        return new KafkaBasedNotificationSender(new CachingKafkaProducerFactory(vertx),
                Map.of("bootstrap.servers", bootstrapServers,
                        "key.serializer", "org.apache.kafka.common.serialization.StringSerializer",
                        "value.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer"));
    }

    /** Connection to the auth server used to validate tokens of connecting protocol adapters. */
    @Produces
    DeviceGateConnection authServerConnection(final Vertx vertx) {
        final ClientConfigProperties props = new ClientConfigProperties();
        props.setHost(authHost);
        props.setPort(5671);
        props.setServerRole("Authentication Server");
        return new DeviceGateConnection(vertx, props);
    }
}
