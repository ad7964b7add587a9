package io.kestrel.bourse.common;

import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;

/**
 * Prometheus metrics options, applied by {@link KestrelLauncher}. Services that have no
 * HTTP server of their own expose /metrics on an embedded server (port 9100).
 */
public final class Metrics {

  private Metrics() {
  }

  public static void configure(VertxOptions options, boolean embeddedServer) {
    VertxPrometheusOptions prometheus = new VertxPrometheusOptions().setEnabled(true);
    if (embeddedServer) {
      prometheus.setStartEmbeddedServer(true)
          .setEmbeddedServerOptions(new HttpServerOptions().setPort(
              Integer.parseInt(System.getenv().getOrDefault("METRICS_PORT", "9100"))))
          .setEmbeddedServerEndpoint("/metrics");
    }
    options.setMetricsOptions(new MicrometerMetricsOptions()
        .setPrometheusOptions(prometheus)
        .setJvmMetricsEnabled(true)
        .setEnabled(true));
  }
}
