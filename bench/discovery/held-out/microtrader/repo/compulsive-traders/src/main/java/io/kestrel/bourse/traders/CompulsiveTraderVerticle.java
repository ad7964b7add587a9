package io.kestrel.bourse.traders;

import io.kestrel.bourse.common.MicroServiceVerticle;
import io.kestrel.bourse.portfolio.PortfolioService;
import io.vertx.core.CompositeFuture;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.core.logging.Logger;
import io.vertx.core.logging.LoggerFactory;
import io.vertx.servicediscovery.types.EventBusService;
import io.vertx.servicediscovery.types.MessageSource;

/**
 * A trader with no strategy at all: on every tick for its company it buys or sells a
 * few shares through the portfolio service proxy.
 */
public class CompulsiveTraderVerticle extends MicroServiceVerticle {

  private static final Logger LOG = LoggerFactory.getLogger(CompulsiveTraderVerticle.class);

  @Override
  public void start(Promise<Void> startPromise) {
    super.start();

    String company = TraderUtils.pickACompany(config());
    int numberOfShares = TraderUtils.pickANumber();
    LOG.info("Kestrel compulsive trader configured for company " + company + " and shares: " + numberOfShares);

    Future<MessageConsumer<JsonObject>> marketFuture = MessageSource.getConsumer(discovery,
        new JsonObject().put("name", config().getString("market.record", "market-data")));
    Future<PortfolioService> portfolioFuture = EventBusService.getServiceProxyWithJsonFilter(discovery,
        new JsonObject().put("name", config().getString("portfolio.record", "portfolio")),
        PortfolioService.class);

    CompositeFuture.all(marketFuture, portfolioFuture).onComplete(ar -> {
      if (ar.failed()) {
        startPromise.fail(ar.cause());
        return;
      }
      PortfolioService portfolio = portfolioFuture.result();
      MessageConsumer<JsonObject> marketConsumer = marketFuture.result();

      marketConsumer.handler(message ->
          TraderUtils.dumbTradingLogic(company, numberOfShares, portfolio, message.body()));
      startPromise.complete();
    });
  }
}
