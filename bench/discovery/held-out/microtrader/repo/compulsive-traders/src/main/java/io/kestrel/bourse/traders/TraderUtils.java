package io.kestrel.bourse.traders;

import io.kestrel.bourse.portfolio.PortfolioService;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.logging.Logger;
import io.vertx.core.logging.LoggerFactory;

import java.util.Random;

public final class TraderUtils {

  private static final Logger LOG = LoggerFactory.getLogger(TraderUtils.class);
  private static final Random RANDOM = new Random();

  private TraderUtils() {
  }

  public static String pickACompany(JsonObject config) {
    JsonArray companies = config.getJsonArray("companies",
        new JsonArray().add("Ironbark Timber").add("Lumen Cells").add("Pelican Freight"));
    return companies.getString(RANDOM.nextInt(companies.size()));
  }

  public static int pickANumber() {
    return RANDOM.nextInt(7) + 1;
  }

  public static void dumbTradingLogic(String company, int numberOfShares, PortfolioService portfolio,
                                      JsonObject quote) {
    if (!company.equals(quote.getString("name"))) {
      return;
    }
    if (RANDOM.nextDouble() >= 0.5) {
      portfolio.buy(numberOfShares, quote, ar -> {
        if (ar.succeeded()) {
          LOG.info("Bought " + numberOfShares + " of " + company + " !");
        } else {
          LOG.info("D'oh, failed to buy " + numberOfShares + " of " + company + " : " + ar.cause());
        }
      });
    } else {
      portfolio.sell(numberOfShares, quote, ar -> {
        if (ar.succeeded()) {
          LOG.info("Sold " + numberOfShares + " of " + company + " !");
        } else {
          LOG.info("D'oh, failed to sell " + numberOfShares + " of " + company + " : " + ar.cause());
        }
      });
    }
  }
}
