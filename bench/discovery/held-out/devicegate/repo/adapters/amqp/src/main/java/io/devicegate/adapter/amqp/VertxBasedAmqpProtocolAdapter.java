package io.devicegate.adapter.amqp;

import java.util.Map;

import io.devicegate.client.amqp.ProtonBasedCommandRouterClient;
import io.devicegate.client.amqp.ProtonBasedCredentialsClient;
import io.devicegate.client.amqp.ProtonBasedDeviceRegistrationClient;
import io.devicegate.client.amqp.ProtonBasedTenantClient;
import io.devicegate.client.kafka.KafkaBasedEventSender;
import io.devicegate.client.kafka.KafkaBasedInternalCommandConsumer;
import io.devicegate.client.kafka.KafkaBasedTelemetrySender;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.proton.ProtonConnection;
import io.vertx.proton.ProtonServer;
import io.vertx.proton.ProtonServerOptions;

/** AMQP 1.0 protocol adapter for devices (links "telemetry", "event", "command"). */
public class VertxBasedAmqpProtocolAdapter extends AbstractVerticle {

    private final ProtonBasedTenantClient tenantClient;
    private final ProtonBasedDeviceRegistrationClient registrationClient;
    private final ProtonBasedCredentialsClient credentialsClient;
    private final ProtonBasedCommandRouterClient commandRouterClient;
    private final KafkaBasedTelemetrySender telemetrySender;
    private final KafkaBasedEventSender eventSender;
    private final KafkaBasedInternalCommandConsumer commandConsumer;

    public VertxBasedAmqpProtocolAdapter(final ProtonBasedTenantClient tenantClient,
            final ProtonBasedDeviceRegistrationClient registrationClient,
            final ProtonBasedCredentialsClient credentialsClient,
            final ProtonBasedCommandRouterClient commandRouterClient,
            final KafkaBasedTelemetrySender telemetrySender, final KafkaBasedEventSender eventSender,
            final KafkaBasedInternalCommandConsumer commandConsumer) {
        this.tenantClient = tenantClient;
        this.registrationClient = registrationClient;
        this.credentialsClient = credentialsClient;
        this.commandRouterClient = commandRouterClient;
        this.telemetrySender = telemetrySender;
        this.eventSender = eventSender;
        this.commandConsumer = commandConsumer;
    }

    @Override
    public void start(final Promise<Void> startPromise) {
        final ProtonServer server = ProtonServer.create(vertx, new ProtonServerOptions().setPort(5672));
        server.connectHandler(this::onConnect);
        commandConsumer.start(rec -> { /* send over device's command receiver link */ });
        server.listen(ar -> startPromise.handle(ar.mapEmpty()));
    }

    private void onConnect(final ProtonConnection con) {
        con.openHandler(open -> credentialsClient.request("DEFAULT_TENANT", "get", new JsonObject())
                .compose(c -> tenantClient.request("DEFAULT_TENANT", "get", new JsonObject()))
                .onSuccess(t -> con.open()));
        con.senderOpenHandler(sender -> commandRouterClient.request("DEFAULT_TENANT", "register-command-consumer",
                new JsonObject()).onSuccess(ok -> sender.open()));
        con.receiverOpenHandler(receiver -> {
            receiver.handler((delivery, msg) -> registrationClient.request("DEFAULT_TENANT", "assert", new JsonObject())
                .compose(a -> "event".equals(receiver.getRemoteTarget().getAddress())
                        ? eventSender.sendEvent("DEFAULT_TENANT", "dev", Buffer.buffer(msg.getBody().toString()), Map.of())
                        : telemetrySender.sendTelemetry("DEFAULT_TENANT", "dev", Buffer.buffer(msg.getBody().toString()), Map.of())));
            receiver.open();
        });
    }
}
