package com.steeped.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * In-memory registry: service name -> (host:port -> last heartbeat). Instances that have not sent a
 * heartbeat for {@link #TIMEOUT_MS} are dropped.
 */
public final class Registry {

  static final long TIMEOUT_MS = 10_000;
  private static final Registry INSTANCE = new Registry();

  private final Map<String, Map<String, Long>> services = new ConcurrentHashMap<>();
  private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor();

  private Registry() {
    reaper.scheduleAtFixedRate(this::evictStale, 1, 1, TimeUnit.SECONDS);
  }

  public static Registry getInstance() {
    return INSTANCE;
  }

  public boolean register(String name, String location) {
    Map<String, Long> instances = services.computeIfAbsent(name, k -> new ConcurrentHashMap<>());
    return instances.put(location, System.currentTimeMillis()) == null;
  }

  public boolean unregister(String name, String location) {
    Map<String, Long> instances = services.get(name);
    return instances != null && instances.remove(location) != null;
  }

  public List<String> getLocations(String name) {
    Map<String, Long> instances = services.get(name);
    return instances == null ? new ArrayList<>() : new ArrayList<>(instances.keySet());
  }

  void evictStale() {
    long now = System.currentTimeMillis();
    services.values().forEach(m -> m.entrySet().removeIf(e -> now - e.getValue() > TIMEOUT_MS));
  }

  public void shutdown() {
    reaper.shutdownNow();
  }
}
