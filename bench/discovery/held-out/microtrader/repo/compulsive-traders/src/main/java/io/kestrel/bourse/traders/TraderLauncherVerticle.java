package io.kestrel.bourse.traders;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;

/**
 * Deploys N compulsive traders (TRADER_INSTANCES env or "instances" in config).
 */
public class TraderLauncherVerticle extends AbstractVerticle {

  @Override
  public void start(Promise<Void> startPromise) {
    int instances = Integer.parseInt(System.getenv().getOrDefault("TRADER_INSTANCES",
        String.valueOf(config().getInteger("instances", 2))));
    vertx.deployVerticle(CompulsiveTraderVerticle.class.getName(),
            new DeploymentOptions().setConfig(config()).setInstances(instances))
        .<Void>mapEmpty()
        .onComplete(startPromise);
  }
}
