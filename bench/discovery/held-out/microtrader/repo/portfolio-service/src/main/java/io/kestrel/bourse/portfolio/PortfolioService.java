package io.kestrel.bourse.portfolio;

import io.kestrel.bourse.common.Addresses;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.AsyncResult;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;

/**
 * Portfolio management, exposed on the event bus as a service proxy.
 */
@VertxGen
@ProxyGen
public interface PortfolioService {

  String ADDRESS = Addresses.PORTFOLIO_SERVICE;
  String EVENT_ADDRESS = Addresses.PORTFOLIO_EVENTS;

  void getPortfolio(Handler<AsyncResult<Portfolio>> resultHandler);

  void buy(int amount, JsonObject quote, Handler<AsyncResult<Portfolio>> resultHandler);

  void sell(int amount, JsonObject quote, Handler<AsyncResult<Portfolio>> resultHandler);

  /** Value of the portfolio in the configured target currency. */
  void evaluate(Handler<AsyncResult<Double>> resultHandler);
}
