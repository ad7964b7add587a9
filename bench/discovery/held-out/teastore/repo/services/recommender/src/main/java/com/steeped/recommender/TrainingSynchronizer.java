package com.steeped.recommender;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.steeped.entities.OrderItem;
import com.steeped.recommender.algorithm.PopularityBasedRecommender;
import com.steeped.recommender.algorithm.Recommender;
import com.steeped.recommender.algorithm.SlopeOneRecommender;
import com.steeped.registryclient.Service;
import com.steeped.registryclient.rest.LoadBalancedCRUDOperations;
import com.steeped.registryclient.util.ServiceConfig;

/** Pulls all order items from persistence and (re)trains the configured algorithm. */
public final class TrainingSynchronizer {

  private static final Logger LOG = LoggerFactory.getLogger(TrainingSynchronizer.class);
  public static final TrainingSynchronizer SYNC = new TrainingSynchronizer();

  private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
  private volatile Recommender recommender;
  private volatile boolean ready;

  private TrainingSynchronizer() {
  }

  public void start() {
    String algorithm = ServiceConfig.get("recommenderAlgorithm", "RECOMMENDER_ALGORITHM",
        "SlopeOne");
    recommender = "Popularity".equalsIgnoreCase(algorithm) ? new PopularityBasedRecommender()
        : new SlopeOneRecommender();
    retrain();
    long loopSeconds = Long.parseLong(ServiceConfig.get("recommenderLoopTime",
        "RECOMMENDER_RETRAIN_LOOP_TIME", "0"));
    if (loopSeconds > 0) {
      loop.scheduleAtFixedRate(this::retrain, loopSeconds, loopSeconds, TimeUnit.SECONDS);
    }
  }

  public void retrain() {
    List<OrderItem> items = LoadBalancedCRUDOperations.getEntities(Service.PERSISTENCE,
        "orderitems", OrderItem.class, -1, -1);
    recommender.train(items);
    ready = true;
    LOG.info("Trained {} on {} order items", recommender.getClass().getSimpleName(),
        items.size());
    // Earlier versions asked the other recommender replicas for their training timestamp so all
    // replicas trained on the same snapshot. Removed: the registry list was racy on start-up.
    // List<Server> peers = RegistryClient.getClient().getServersForService(Service.RECOMMENDER);
    // for (Server peer : peers) {
    //   client.target("http://" + peer.getHostPort() + "/steeped.recommender/rest/train/timestamp")
    //       .request().get(Long.class);
    // }
  }

  public Recommender getRecommender() {
    return recommender;
  }

  public boolean isReady() {
    return ready;
  }

  public void stop() {
    loop.shutdownNow();
  }
}
