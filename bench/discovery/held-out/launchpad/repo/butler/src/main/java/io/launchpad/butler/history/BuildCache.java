package io.launchpad.butler.history;

import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

/**
 * Remembers the last build number seen per master/job so that each new build produces exactly
 * one event. Also holds the poller's distributed lock so only one replica polls a master.
 */
@Component
public class BuildCache {
  private static final String PREFIX = "butler:builds";
  private final JedisPooled redis;

  public BuildCache(@Value("${redis.connection}") String connection) {
    this.redis = new JedisPooled(URI.create(connection));
  }

  public Set<String> getJobNames(String master) {
    return redis.keys(PREFIX + ":completed:" + master + ":*").stream()
        .map(k -> k.substring((PREFIX + ":completed:" + master + ":").length()))
        .collect(Collectors.toSet());
  }

  public Integer getLastBuild(String master, String job) {
    String value = redis.hget(PREFIX + ":completed:" + master + ":" + job, "lastBuildLabel");
    return value == null ? null : Integer.valueOf(value);
  }

  public void setLastBuild(String master, String job, int buildNumber, long ttlSeconds) {
    String key = PREFIX + ":completed:" + master + ":" + job;
    redis.hset(key, "lastBuildLabel", Integer.toString(buildNumber));
    redis.expire(key, ttlSeconds);
  }

  public boolean tryLock(String name, long ttlMillis) {
    return "OK".equals(redis.set("butler:locks:" + name, "1", SetParams.setParams().nx().px(ttlMillis)));
  }
}
