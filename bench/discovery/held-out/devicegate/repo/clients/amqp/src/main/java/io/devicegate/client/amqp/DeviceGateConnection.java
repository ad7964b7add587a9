package io.devicegate.client.amqp;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.proton.ProtonClient;
import io.vertx.proton.ProtonClientOptions;
import io.vertx.proton.ProtonConnection;

/** A (re-)connecting AMQP 1.0 connection to a DeviceGate service endpoint. */
public class DeviceGateConnection {

    private final Vertx vertx;
    private final ClientConfigProperties config;
    private ProtonConnection connection;

    public DeviceGateConnection(final Vertx vertx, final ClientConfigProperties config) {
        this.vertx = vertx;
        this.config = config;
    }

    public Future<ProtonConnection> connect() {
        final ProtonClientOptions options = new ProtonClientOptions().setSsl(config.getTrustStorePath() != null);
        return Future.future(promise -> ProtonClient.create(vertx).connect(options, config.getHost(), config.getPort(),
                config.getUsername(), config.getPassword(), ar -> {
                    if (ar.succeeded()) {
                        connection = ar.result().setContainer("devicegate-client").open();
                        promise.complete(connection);
                    } else {
                        promise.fail(ar.cause());
                    }
                }));
    }

    public ClientConfigProperties getConfig() {
        return config;
    }
}
