package com.latticeoutfitters.orders.common;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * Tiny side-car HTTP listener for the headless services: /health for kubelet probes and
 * /metrics for the Prometheus scrape. Not part of any business flow.
 */
public final class OpsServer implements AutoCloseable {

  private final HttpServer server;
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  public OpsServer(int port, BooleanSupplier healthy) throws IOException {
    server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/health", exchange -> {
      boolean ok = healthy.getAsBoolean();
      byte[] body = (ok ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(ok ? 200 : 503, body.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(body);
      }
    });
    server.createContext("/metrics", exchange -> {
      byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(body);
      }
    });
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  public OpsServer start() {
    server.start();
    return this;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
