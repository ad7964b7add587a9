package io.devicegate.adapter.mqtt;

import java.util.Map;

import io.devicegate.client.amqp.ProtonBasedCommandRouterClient;
import io.devicegate.client.amqp.ProtonBasedCredentialsClient;
import io.devicegate.client.amqp.ProtonBasedDeviceRegistrationClient;
import io.devicegate.client.amqp.ProtonBasedTenantClient;
import io.devicegate.client.kafka.KafkaBasedEventSender;
import io.devicegate.client.kafka.KafkaBasedInternalCommandConsumer;
import io.devicegate.client.kafka.KafkaBasedTelemetrySender;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import io.vertx.mqtt.MqttEndpoint;
import io.vertx.mqtt.MqttServer;
import io.vertx.mqtt.MqttServerOptions;

/** MQTT 3.1.1 protocol adapter: topics telemetry/+/+, event/+/+, command///req/#. */
public class VertxBasedMqttProtocolAdapter extends AbstractVerticle {

    private final ProtonBasedTenantClient tenantClient;
    private final ProtonBasedDeviceRegistrationClient registrationClient;
    private final ProtonBasedCredentialsClient credentialsClient;
    private final ProtonBasedCommandRouterClient commandRouterClient;
    private final KafkaBasedTelemetrySender telemetrySender;
    private final KafkaBasedEventSender eventSender;
    private final KafkaBasedInternalCommandConsumer commandConsumer;

    public VertxBasedMqttProtocolAdapter(final ProtonBasedTenantClient tenantClient,
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
        final MqttServer server = MqttServer.create(vertx, new MqttServerOptions().setPort(1883));
        server.endpointHandler(this::handleEndpointConnection);
        commandConsumer.start(rec -> { /* publish to subscribed device on command///req/... */ });
        server.listen().<Void>mapEmpty().onComplete(startPromise);
    }

    private void handleEndpointConnection(final MqttEndpoint endpoint) {
        final var auth = endpoint.auth();
        credentialsClient.request("DEFAULT_TENANT", "get", new JsonObject().put("auth-id", auth.getUsername()))
            .compose(c -> tenantClient.request("DEFAULT_TENANT", "get", new JsonObject()))
            .onSuccess(t -> {
                endpoint.accept(false);
                endpoint.subscribeHandler(sub -> commandRouterClient.request("DEFAULT_TENANT",
                        "register-command-consumer", new JsonObject().put("device-id", endpoint.clientIdentifier())));
                endpoint.publishHandler(msg -> registrationClient.request("DEFAULT_TENANT", "assert", new JsonObject())
                    .compose(a -> msg.topicName().startsWith("event")
                            ? eventSender.sendEvent("DEFAULT_TENANT", endpoint.clientIdentifier(), msg.payload(), Map.of())
                            : telemetrySender.sendTelemetry("DEFAULT_TENANT", endpoint.clientIdentifier(), msg.payload(), Map.of()))
                    .onSuccess(ok -> {
                        if (msg.qosLevel() == MqttQoS.AT_LEAST_ONCE) {
                            endpoint.publishAcknowledge(msg.messageId());
                        }
                    }));
            })
            .onFailure(t -> endpoint.reject(io.netty.handler.codec.mqtt.MqttConnectReturnCode.CONNECTION_REFUSED_NOT_AUTHORIZED));
    }
}
