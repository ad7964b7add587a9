package io.kestrel.bourse.portfolio.impl;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.codec.BodyCodec;
import io.vertx.servicediscovery.ServiceDiscovery;
import io.vertx.servicediscovery.types.HttpEndpoint;

import java.net.URI;

/**
 * Calls the currency-service ({@code POST /convert}). When CURRENCY_SERVICE_URL is set
 * (docker-compose) the URL is used directly, otherwise the client is looked up in
 * service discovery (record imported from Kubernetes).
 */
class CurrencyClient {

  private final Vertx vertx;
  private final ServiceDiscovery discovery;
  private final JsonObject config;
  private final CircuitBreaker breaker;
  private final String explicitUrl;

  CurrencyClient(Vertx vertx, ServiceDiscovery discovery, JsonObject config) {
    this.vertx = vertx;
    this.discovery = discovery;
    this.config = config;
    this.explicitUrl = System.getenv("CURRENCY_SERVICE_URL");
    this.breaker = CircuitBreaker.create("currency-breaker", vertx,
        new CircuitBreakerOptions()
            .setTimeout(config.getLong("timeout.ms", 2000L))
            .setMaxFailures(3)
            .setResetTimeout(10000)
            .setFallbackOnFailure(true));
  }

  Future<Double> convert(double amount) {
    String target = config.getString("target", "EUR");
    return breaker.execute(promise ->
        client()
            .compose(client -> client.post("/convert")
                .as(BodyCodec.jsonObject())
                .sendJsonObject(new JsonObject().put("amount", amount).put("currency", target)))
            .map(resp -> resp.body().getDouble("amount"))
            .onComplete(promise), v -> amount); // fallback: unconverted amount
  }

  private Future<WebClient> client() {
    if (explicitUrl != null && !explicitUrl.isEmpty()) {
      URI uri = URI.create(explicitUrl);
      return Future.succeededFuture(WebClient.create(vertx, new WebClientOptions()
          .setDefaultHost(uri.getHost())
          .setDefaultPort(uri.getPort() == -1 ? 80 : uri.getPort())));
    }
    return HttpEndpoint.getWebClient(discovery,
        new JsonObject().put("name", config.getString("record.name", "currency-service")));
  }
}
