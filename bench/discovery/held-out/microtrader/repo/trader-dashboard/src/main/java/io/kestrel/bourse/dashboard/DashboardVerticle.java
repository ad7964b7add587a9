package io.kestrel.bourse.dashboard;

import io.kestrel.bourse.common.Addresses;
import io.kestrel.bourse.common.MicroServiceVerticle;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.bridge.PermittedOptions;
import io.vertx.ext.healthchecks.HealthCheckHandler;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.handler.sockjs.SockJSBridgeOptions;
import io.vertx.ext.web.handler.sockjs.SockJSHandler;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.vertx.servicediscovery.Record;
import io.vertx.servicediscovery.types.HttpEndpoint;

/**
 * The Kestrel Bourse trader dashboard: serves the web UI, bridges the event bus to the
 * browser over SockJS and proxies {@code /operations} to the audit service.
 */
public class DashboardVerticle extends MicroServiceVerticle {

  private CircuitBreaker circuit;
  private WebClient auditClient;

  @Override
  public void start(Promise<Void> startPromise) {
    super.start();

    JsonObject cbConf = config().getJsonObject("circuit-breaker", new JsonObject());
    circuit = CircuitBreaker.create(cbConf.getString("name", "audit-breaker"), vertx,
        new CircuitBreakerOptions()
            .setTimeout(cbConf.getLong("timeout", 1000L))
            .setMaxFailures(cbConf.getInteger("max-failures", 2))
            .setResetTimeout(cbConf.getLong("reset-timeout", 5000L))
            .setFallbackOnFailure(true));

    Router router = Router.router(vertx);

    SockJSBridgeOptions bridgeOptions = new SockJSBridgeOptions()
        .addOutboundPermitted(new PermittedOptions().setAddress(Addresses.MARKET_DATA))
        .addOutboundPermitted(new PermittedOptions().setAddress(Addresses.PORTFOLIO_EVENTS))
        .addOutboundPermitted(new PermittedOptions().setAddress(Addresses.PORTFOLIO_SERVICE))
        .addInboundPermitted(new PermittedOptions().setAddress(Addresses.PORTFOLIO_SERVICE));
    router.route("/eventbus/*").subRouter(SockJSHandler.create(vertx).bridge(bridgeOptions));

    router.get("/operations").handler(this::callAuditServiceWithExceptionHandlerWithCircuitBreaker);
    router.get("/discovery").handler(this::listServices);
    router.get("/health").handler(HealthCheckHandler.create(vertx)
        .register("dashboard", p -> p.complete(Status.OK())));
    router.get("/metrics").handler(PrometheusScrapingHandler.create());
    router.route("/*").handler(StaticHandler.create("webroot"));

    int port = Integer.parseInt(System.getenv().getOrDefault("HTTP_PORT",
        String.valueOf(config().getInteger("http.port", 8080))));

    vertx.createHttpServer()
        .requestHandler(router)
        .listen(port)
        .compose(server -> retrieveAuditService())
        .onComplete(ar -> {
          if (ar.failed()) {
            // The audit service may not be up yet; /operations degrades to the fallback.
            startPromise.complete();
          } else {
            startPromise.complete();
          }
        });
  }

  private io.vertx.core.Future<Void> retrieveAuditService() {
    return HttpEndpoint.getWebClient(discovery,
            new JsonObject().put("name", config().getString("audit.record", Addresses.AUDIT_RECORD)))
        .onSuccess(client -> this.auditClient = client)
        .mapEmpty();
  }

  private void callAuditServiceWithExceptionHandlerWithCircuitBreaker(RoutingContext context) {
    circuit.<Buffer>execute(promise -> {
      if (auditClient == null) {
        retrieveAuditService()
            .compose(v -> auditClient.get("/").send())
            .map(resp -> resp.body())
            .onComplete(promise);
      } else {
        auditClient.get("/").send()
            .map(resp -> resp.body())
            .onComplete(promise);
      }
    }, err -> Buffer.buffer("[]")).onComplete(ar -> context.response()
        .putHeader("content-type", "application/json")
        .end(ar.succeeded() ? ar.result() : Buffer.buffer("[]")));
  }

  private void listServices(RoutingContext context) {
    discovery.getRecords(r -> true).onComplete(ar -> {
      if (ar.failed()) {
        context.fail(ar.cause());
        return;
      }
      io.vertx.core.json.JsonArray array = new io.vertx.core.json.JsonArray();
      for (Record record : ar.result()) {
        array.add(record.toJson());
      }
      context.response().putHeader("content-type", "application/json").end(array.encode());
    });
  }
}
