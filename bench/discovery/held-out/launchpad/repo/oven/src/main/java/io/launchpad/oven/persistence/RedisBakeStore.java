package io.launchpad.oven.persistence;

import java.net.URI;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

/**
 * Bake state shared by all oven replicas: in-flight bake status, completed bake details keyed by
 * bake key (so identical requests are de-duplicated), and the per-bake lock.
 */
@Component
public class RedisBakeStore {
  private final JedisPooled redis;
  private final long bakeTtlSeconds;

  public RedisBakeStore(@Value("${redis.connection}") String connection,
                        @Value("${redis.bakeTtlSeconds:604800}") long bakeTtlSeconds) {
    this.redis = new JedisPooled(URI.create(connection));
    this.bakeTtlSeconds = bakeTtlSeconds;
  }

  public boolean acquireBakeLock(String bakeKey, String statusId) {
    return "OK".equals(redis.set("oven:lock:" + bakeKey, statusId,
        SetParams.setParams().nx().ex(bakeTtlSeconds)));
  }

  public void storeNewBakeStatus(String bakeKey, String statusId, String region, String command) {
    redis.hset("oven:status:" + statusId, Map.of(
        "bakeKey", bakeKey, "region", region, "state", "RUNNING", "command", command));
    redis.sadd("oven:incomplete", statusId);
  }

  public void updateBakeDetails(String statusId, String amiId, String imageName, String logs) {
    String bakeKey = redis.hget("oven:status:" + statusId, "bakeKey");
    redis.hset("oven:status:" + statusId, Map.of("state", "COMPLETED", "result", "SUCCESS"));
    redis.hset("oven:bake:" + bakeKey, Map.of("ami", amiId, "image_name", imageName));
    redis.expire("oven:bake:" + bakeKey, bakeTtlSeconds);
    redis.set("oven:logs:" + statusId, logs, SetParams.setParams().ex(bakeTtlSeconds));
    redis.srem("oven:incomplete", statusId);
  }

  public Map<String, String> retrieveBakeStatus(String statusId) {
    return redis.hgetAll("oven:status:" + statusId);
  }
}
