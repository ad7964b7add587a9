package io.devicegate.adapter.http;

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
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Accepts telemetry and events via HTTP POST on /telemetry and /event and forwards them downstream.
 */
public class VertxBasedHttpProtocolAdapter extends AbstractVerticle {

    private final ProtonBasedTenantClient tenantClient;
    private final ProtonBasedDeviceRegistrationClient registrationClient;
    private final ProtonBasedCredentialsClient credentialsClient;
    private final ProtonBasedCommandRouterClient commandRouterClient;
    private final KafkaBasedTelemetrySender telemetrySender;
    private final KafkaBasedEventSender eventSender;
    private final KafkaBasedInternalCommandConsumer commandConsumer;

    public VertxBasedHttpProtocolAdapter(final ProtonBasedTenantClient tenantClient,
            final ProtonBasedDeviceRegistrationClient registrationClient,
            final ProtonBasedCredentialsClient credentialsClient,
            final ProtonBasedCommandRouterClient commandRouterClient,
            final KafkaBasedTelemetrySender telemetrySender,
            final KafkaBasedEventSender eventSender,
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
        final Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());
        router.post("/telemetry").handler(this::handlePostTelemetry);
        router.post("/event").handler(this::handlePostEvent);
        router.put("/command/res/:commandRequestId").handler(ctx -> ctx.response().setStatusCode(202).end());
        commandConsumer.start(rec -> { /* deliver to waiting device request (ttd) */ });
        vertx.createHttpServer().requestHandler(router).listen(8080).<Void>mapEmpty().onComplete(startPromise);
    }

    private void handlePostTelemetry(final RoutingContext ctx) {
        final String authId = ctx.request().getHeader("Authorization");
        credentialsClient.request("DEFAULT_TENANT", "get", new JsonObject().put("auth-id", authId))
            .compose(creds -> tenantClient.request(creds.getString("tenant-id", "DEFAULT_TENANT"), "get", new JsonObject()))
            .compose(tenant -> registrationClient.request("DEFAULT_TENANT", "assert", new JsonObject()))
            .compose(assertion -> {
                final String ttd = ctx.request().getHeader("hono-ttd");
                if (ttd != null) {
                    commandRouterClient.request("DEFAULT_TENANT", "register-command-consumer", new JsonObject());
                }
                return telemetrySender.sendTelemetry("DEFAULT_TENANT", assertion.getString("device-id", "unknown"),
                        ctx.body().buffer(), Map.of("content-type", String.valueOf(ctx.request().getHeader("Content-Type"))));
            })
            .onSuccess(ok -> ctx.response().setStatusCode(202).end())
            .onFailure(t -> ctx.response().setStatusCode(503).end());
    }

    private void handlePostEvent(final RoutingContext ctx) {
        eventSender.sendEvent("DEFAULT_TENANT", "unknown", ctx.body().buffer(), Map.of())
            .onSuccess(ok -> ctx.response().setStatusCode(202).end())
            .onFailure(t -> ctx.response().setStatusCode(503).end());
    }
}
