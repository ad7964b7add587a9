package io.kestrel.bourse.portfolio.impl;

import io.kestrel.bourse.common.Addresses;
import io.kestrel.bourse.portfolio.Portfolio;
import io.kestrel.bourse.portfolio.PortfolioService;
import io.vertx.core.AsyncResult;
import io.vertx.core.CompositeFuture;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.codec.BodyCodec;
import io.vertx.servicediscovery.ServiceDiscovery;
import io.vertx.servicediscovery.types.HttpEndpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class PortfolioServiceImpl implements PortfolioService {

  private final Vertx vertx;
  private final ServiceDiscovery discovery;
  private final CurrencyClient currency;
  private final Portfolio portfolio;

  PortfolioServiceImpl(Vertx vertx, ServiceDiscovery discovery, CurrencyClient currency, double initialCash) {
    this.vertx = vertx;
    this.discovery = discovery;
    this.currency = currency;
    this.portfolio = new Portfolio().setCash(initialCash);
  }

  @Override
  public void getPortfolio(Handler<AsyncResult<Portfolio>> resultHandler) {
    resultHandler.handle(Future.succeededFuture(portfolio));
  }

  @Override
  public void buy(int amount, JsonObject quote, Handler<AsyncResult<Portfolio>> resultHandler) {
    if (amount <= 0) {
      resultHandler.handle(Future.failedFuture("Cannot buy " + quote.getString("name")
          + " - the amount must be greater than 0"));
      return;
    }
    if (quote.getInteger("shares") < amount) {
      resultHandler.handle(Future.failedFuture("Cannot buy " + amount + " - not enough stocks on the market ("
          + quote.getInteger("shares") + ")"));
      return;
    }
    double price = amount * quote.getDouble("ask");
    String name = quote.getString("name");
    if (portfolio.getCash() >= price) {
      portfolio.setCash(portfolio.getCash() - price);
      portfolio.getShares().merge(name, amount, Integer::sum);
      sendActionOnTheEventBus("BUY", amount, quote, portfolio.getAmount(name));
      resultHandler.handle(Future.succeededFuture(portfolio));
    } else {
      resultHandler.handle(Future.failedFuture("Cannot buy " + amount + " of " + name + " - not enough money, "
          + "need " + price + ", has " + portfolio.getCash()));
    }
  }

  @Override
  public void sell(int amount, JsonObject quote, Handler<AsyncResult<Portfolio>> resultHandler) {
    if (amount <= 0) {
      resultHandler.handle(Future.failedFuture("Cannot sell " + quote.getString("name")
          + " - the amount must be greater than 0"));
      return;
    }
    double price = amount * quote.getDouble("bid");
    String name = quote.getString("name");
    int current = portfolio.getAmount(name);
    if (current >= amount) {
      int newAmount = current - amount;
      if (newAmount == 0) {
        portfolio.getShares().remove(name);
      } else {
        portfolio.getShares().put(name, newAmount);
      }
      portfolio.setCash(portfolio.getCash() + price);
      sendActionOnTheEventBus("SELL", amount, quote, newAmount);
      resultHandler.handle(Future.succeededFuture(portfolio));
    } else {
      resultHandler.handle(Future.failedFuture("Cannot sell " + amount + " of " + name + " - "
          + "not enough stocks in portfolio"));
    }
  }

  @Override
  public void evaluate(Handler<AsyncResult<Double>> resultHandler) {
    HttpEndpoint.getWebClient(discovery, new JsonObject().put("name", Addresses.QUOTES_RECORD))
        .compose(this::computeEvaluation)
        .compose(currency::convert)
        .onComplete(resultHandler);
  }

  private Future<Double> computeEvaluation(WebClient webClient) {
    List<Future> results = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : portfolio.getShares().entrySet()) {
      results.add(getValueForCompany(webClient, entry.getKey(), entry.getValue()));
    }
    if (results.isEmpty()) {
      return Future.succeededFuture(0.0);
    }
    return CompositeFuture.all(results).map(cf -> {
      double sum = 0.0;
      for (int i = 0; i < cf.size(); i++) {
        sum += cf.<Double>resultAt(i);
      }
      return sum;
    });
  }

  private Future<Double> getValueForCompany(WebClient client, String company, int numberOfShares) {
    return client.get("/")
        .addQueryParam("name", company)
        .as(BodyCodec.jsonObject())
        .send()
        .map(resp -> {
          if (resp.statusCode() != 200) {
            throw new IllegalStateException("Unable to get quote for " + company + ": " + resp.statusCode());
          }
          return numberOfShares * resp.body().getDouble("bid");
        });
  }

  private void sendActionOnTheEventBus(String action, int amount, JsonObject quote, int newAmount) {
    vertx.eventBus().publish(EVENT_ADDRESS, new JsonObject()
        .put("action", action)
        .put("quote", quote)
        .put("date", System.currentTimeMillis())
        .put("amount", amount)
        .put("owned", newAmount));
  }
}
