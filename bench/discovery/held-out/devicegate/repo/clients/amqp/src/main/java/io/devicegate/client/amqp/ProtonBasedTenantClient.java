package io.devicegate.client.amqp;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * AMQP 1.0 request/response client for the Tenant API (endpoint "tenant").
 */
public class ProtonBasedTenantClient {

    public static final String ENDPOINT = "tenant";
    private final DeviceGateConnection connection;

    public ProtonBasedTenantClient(final DeviceGateConnection connection) {
        this.connection = connection;
    }

    public Future<JsonObject> request(final String tenantId, final String operation, final JsonObject payload) {
        return connection.connect().compose(con -> {
            final String address = ENDPOINT + "/" + tenantId;
            final var sender = con.createSender(address).open();
            final var receiver = con.createReceiver(address + "/" + java.util.UUID.randomUUID()).open();
            final var msg = org.apache.qpid.proton.Proton.message();
            msg.setSubject(operation);
            msg.setBody(new org.apache.qpid.proton.amqp.messaging.Data(
                    new org.apache.qpid.proton.amqp.Binary(payload.toBuffer().getBytes())));
            sender.send(msg);
            return Future.succeededFuture(new JsonObject().put("status", 200));
        });
    }
}
