package io.sailyard.kork.jedis;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

/**
 * Shared Redis pool. Services opt out with {@code redis.enabled: false}. The connection string lives
 * in {@code sailyard.yml} as {@code redis.connection} (e.g. {@code redis://redis:6379}).
 */
@Configuration
@ConditionalOnProperty(value = "redis.enabled", matchIfMissing = true)
public class JedisConfiguration {

  @Bean(destroyMethod = "close")
  public JedisPool jedisPool(
      @Value("${redis.connection:redis://localhost:6379}") String connection,
      @Value("${redis.timeout-ms:2000}") int timeoutMs,
      @Value("${redis.max-total:100}") int maxTotal) {
    JedisPoolConfig poolConfig = new JedisPoolConfig();
    poolConfig.setMaxTotal(maxTotal);
    poolConfig.setTestOnBorrow(true);
    return new JedisPool(poolConfig, URI.create(connection), timeoutMs);
  }
}
