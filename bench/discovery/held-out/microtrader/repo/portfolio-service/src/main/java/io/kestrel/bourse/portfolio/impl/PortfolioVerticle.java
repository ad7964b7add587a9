package io.kestrel.bourse.portfolio.impl;

import io.kestrel.bourse.common.Addresses;
import io.kestrel.bourse.common.MicroServiceVerticle;
import io.kestrel.bourse.portfolio.PortfolioService;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import io.vertx.servicediscovery.kubernetes.KubernetesServiceImporter;
import io.vertx.serviceproxy.ServiceBinder;

/**
 * Registers the portfolio service implementation on the event bus and publishes
 * both discovery records (the service proxy and the portfolio event source).
 */
public class PortfolioVerticle extends MicroServiceVerticle {

  @Override
  public void start(Promise<Void> startPromise) {
    super.start();

    JsonObject k8s = config().getJsonObject("discovery.kubernetes", new JsonObject());
    if (k8s.getBoolean("enabled", false)
        || Boolean.parseBoolean(System.getenv().getOrDefault("KUBERNETES_DISCOVERY", "false"))) {
      // Imports Kubernetes services (e.g. currency-service) as discovery records.
      discovery.registerServiceImporter(new KubernetesServiceImporter(),
          new JsonObject().put("namespace", k8s.getString("namespace", "kestrel-bourse")));
    }

    double initialCash = Double.parseDouble(System.getenv().getOrDefault("PORTFOLIO_INITIAL_CASH",
        String.valueOf(config().getDouble("initial.cash", 10000.0))));

    CurrencyClient currency = new CurrencyClient(vertx, discovery, config().getJsonObject("currency", new JsonObject()));
    PortfolioServiceImpl service = new PortfolioServiceImpl(vertx, discovery, currency, initialCash);

    new ServiceBinder(vertx)
        .setAddress(PortfolioService.ADDRESS)
        .register(PortfolioService.class, service);

    publishEventBusService(Addresses.PORTFOLIO_RECORD, PortfolioService.ADDRESS, PortfolioService.class)
        .compose(v -> publishMessageSource(Addresses.PORTFOLIO_EVENTS_RECORD, PortfolioService.EVENT_ADDRESS))
        .onComplete(startPromise);
  }
}
