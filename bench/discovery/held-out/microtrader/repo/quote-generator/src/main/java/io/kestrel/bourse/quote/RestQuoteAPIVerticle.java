package io.kestrel.bourse.quote;

import io.kestrel.bourse.common.Addresses;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.HealthCheckHandler;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;
import io.vertx.micrometer.PrometheusScrapingHandler;

import java.util.HashMap;
import java.util.Map;

/**
 * Exposes the latest quotes over HTTP: {@code GET /?name=Lumen Cells}.
 */
public class RestQuoteAPIVerticle extends AbstractVerticle {

  private final Map<String, JsonObject> quotes = new HashMap<>();

  @Override
  public void start(Promise<Void> startPromise) {
    vertx.eventBus().<JsonObject>consumer(Addresses.MARKET_DATA)
        .handler(message -> {
          JsonObject quote = message.body();
          quotes.put(quote.getString("name"), quote);
        });

    Router router = Router.router(vertx);
    router.get("/health").handler(HealthCheckHandler.create(vertx)
        .register("quotes", promise -> promise.complete(Status.OK())));
    router.get("/metrics").handler(PrometheusScrapingHandler.create());
    router.get("/").handler(ctx -> {
      String company = ctx.request().getParam("name");
      if (company == null) {
        ctx.response().putHeader("content-type", "application/json")
            .end(Json.encodePrettily(quotes));
        return;
      }
      JsonObject quote = quotes.get(company);
      if (quote == null) {
        ctx.response().setStatusCode(404).end();
      } else {
        ctx.response().putHeader("content-type", "application/json").end(quote.encodePrettily());
      }
    });

    int port = Integer.parseInt(System.getenv().getOrDefault("HTTP_PORT",
        String.valueOf(config().getInteger("http.port", 8081))));
    vertx.createHttpServer()
        .requestHandler(router)
        .listen(port)
        .<Void>mapEmpty()
        .onComplete(startPromise);
  }
}
