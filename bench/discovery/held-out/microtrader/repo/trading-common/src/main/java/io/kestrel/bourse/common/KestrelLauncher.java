package io.kestrel.bourse.common;

import io.vertx.core.Launcher;
import io.vertx.core.VertxOptions;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

/**
 * Launcher used by the fat jars: always clustered with Hazelcast (cluster.xml on the
 * classpath), Prometheus metrics enabled.
 */
public class KestrelLauncher extends Launcher {

  public static void main(String[] args) {
    new KestrelLauncher().dispatch(args);
  }

  @Override
  public void beforeStartingVertx(VertxOptions options) {
    HazelcastClusterManager clusterManager = new HazelcastClusterManager(ConfigUtil.loadConfig());
    options.setClusterManager(clusterManager);
    options.getEventBusOptions().setHost(System.getenv().getOrDefault("EVENTBUS_HOST", "0.0.0.0"));
    boolean embedded = Boolean.parseBoolean(System.getenv().getOrDefault("METRICS_EMBEDDED", "false"));
    Metrics.configure(options, embedded);
  }
}
