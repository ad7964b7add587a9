package io.launchpad.fleetdriver.config;

import java.net.URI;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

/**
 * The cloud inventory cache. Caching agents write server groups, instances, load balancers etc.
 * into Redis hashes keyed by provider:type:account:region:name; API reads are served from it.
 * Agent scheduling locks also live here.
 */
@Configuration
@ConditionalOnProperty(value = "redis.enabled", matchIfMissing = true)
public class RedisCacheConfig {

  @Bean(destroyMethod = "close")
  JedisPool cacheJedisPool(
      @Value("${redis.connection}") String connection,
      @Value("${redis.timeout:2000}") int timeout) {
    GenericObjectPoolConfig<Jedis> pool = new GenericObjectPoolConfig<>();
    pool.setMaxTotal(200);
    pool.setMaxIdle(100);
    pool.setMinIdle(25);
    pool.setTestOnBorrow(true);
    return new JedisPool(pool, URI.create(connection), timeout);
  }

  @Bean
  RedisCache redisCache(JedisPool cacheJedisPool) {
    return new RedisCache(cacheJedisPool, "fleetdriver");
  }

  public static class RedisCache {
    private final JedisPool pool;
    private final String prefix;

    RedisCache(JedisPool pool, String prefix) {
      this.pool = pool;
      this.prefix = prefix;
    }

    public void merge(String type, String id, String attributesJson, long ttlSeconds) {
      try (Jedis jedis = pool.getResource()) {
        String key = prefix + ":" + type + ":attributes:" + id;
        jedis.set(key, attributesJson);
        if (ttlSeconds > 0) {
          jedis.expire(key, ttlSeconds);
        }
        jedis.sadd(prefix + ":" + type + ":members", id);
      }
    }

    public String get(String type, String id) {
      try (Jedis jedis = pool.getResource()) {
        return jedis.get(prefix + ":" + type + ":attributes:" + id);
      }
    }
  }
}
