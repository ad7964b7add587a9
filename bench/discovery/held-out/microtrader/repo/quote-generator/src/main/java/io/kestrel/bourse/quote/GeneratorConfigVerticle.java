package io.kestrel.bourse.quote;

import io.kestrel.bourse.common.Addresses;
import io.kestrel.bourse.common.MicroServiceVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the quote generator. Deploys one {@link MarketDataVerticle} per listed
 * company, the REST API, and publishes the discovery records.
 */
public class GeneratorConfigVerticle extends MicroServiceVerticle {

  @Override
  public void start(Promise<Void> startPromise) {
    super.start();

    JsonArray companies = config().getJsonArray("companies");
    List<Future> deployments = new ArrayList<>();
    for (Object c : companies) {
      JsonObject company = ((JsonObject) c).copy().put("period", config().getLong("period", 3000L));
      deployments.add(vertx.deployVerticle(MarketDataVerticle.class.getName(),
          new DeploymentOptions().setConfig(company)));
    }

    deployments.add(vertx.deployVerticle(RestQuoteAPIVerticle.class.getName(),
        new DeploymentOptions().setConfig(config())));

    // The news feed poller is experimental and stays off in every environment for now.
    if (config().getJsonObject("features", new JsonObject()).getBoolean("newsFeed", false)) {
      // deployments.add(vertx.deployVerticle(NewsFeedVerticle.class.getName(),
      //     new DeploymentOptions().setConfig(config().getJsonObject("newsfeed"))));
    }

    String host = System.getenv().getOrDefault("HTTP_HOST", config().getString("http.host", "localhost"));
    int port = Integer.parseInt(System.getenv().getOrDefault("HTTP_PORT",
        String.valueOf(config().getInteger("http.port", 8081))));

    deployments.add(publishMessageSource(Addresses.MARKET_DATA_RECORD, Addresses.MARKET_DATA, JsonObject.class));
    deployments.add(publishHttpEndpoint(Addresses.QUOTES_RECORD, host, port));

    CompositeFutureHelper.all(deployments).onComplete(ar -> {
      if (ar.succeeded()) {
        startPromise.complete();
      } else {
        startPromise.fail(ar.cause());
      }
    });
  }
}
