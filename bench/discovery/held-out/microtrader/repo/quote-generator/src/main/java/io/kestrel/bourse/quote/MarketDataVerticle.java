package io.kestrel.bourse.quote;

import io.kestrel.bourse.common.Addresses;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.json.JsonObject;

import java.util.Random;

/**
 * Simulates the price of one listed company and publishes a quote on the
 * {@code market} address of the clustered event bus every period.
 */
public class MarketDataVerticle extends AbstractVerticle {

  String name;
  String symbol;
  int variation;
  long period;
  double price;
  int stocks;

  double bid;
  double ask;
  int shareVolume;

  private final Random random = new Random();

  @Override
  public void start() {
    JsonObject config = config();
    name = config.getString("name");
    symbol = config.getString("symbol", name);
    stocks = config.getInteger("volume", 10000);
    price = config.getDouble("price", 100.0);
    variation = config.getInteger("variation", 100);
    period = config.getLong("period", 3000L);

    vertx.setPeriodic(period, l -> {
      compute();
      send();
    });
  }

  private void send() {
    vertx.eventBus().publish(Addresses.MARKET_DATA, toJson());
  }

  void compute() {
    if (random.nextBoolean()) {
      price = price + random.nextInt(variation) / 100.0;
    } else {
      price = price - random.nextInt(variation) / 100.0;
    }
    if (price <= 0) {
      price = price + random.nextInt(variation) / 100.0 + 1;
    }
    ask = price + random.nextInt(variation / 2) / 100.0;
    bid = price + random.nextInt(variation / 2) / 100.0;
    shareVolume = random.nextInt(stocks) + 1;
  }

  JsonObject toJson() {
    return new JsonObject()
        .put("exchange", "kestrel")
        .put("symbol", symbol)
        .put("name", name)
        .put("bid", bid)
        .put("ask", ask)
        .put("volume", stocks)
        .put("open", price)
        .put("shares", shareVolume);
  }
}
