package io.sailyard.clouddriver.config;

import io.sailyard.kork.client.ServiceClientFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.JedisPool;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;

@Configuration
public class CloudDriverConfig {

  /** Provider caches and the task repository live in MySQL when sql.cache.enabled / sql.taskRepository.enabled. */
  @Bean
  @ConditionalOnProperty("sql.cache.enabled")
  public SqlProviderCache sqlProviderCache(
      DSLContext jooq, @Value("${sql.cache.readBatchSize:500}") int readBatchSize) {
    return new SqlProviderCache(jooq, readBatchSize);
  }

  /**
   * Caching agents are spread across clouddriver replicas by a Redis-backed scheduler
   * (redis.scheduler.enabled). The cache itself is not in Redis when sql.cache is on.
   */
  @Bean
  @ConditionalOnExpression("${redis.enabled:true} && ${redis.scheduler.enabled:true}")
  public ClusteredAgentScheduler clusteredAgentScheduler(
      JedisPool jedisPool,
      @Value("${redis.agent.lockTtlSeconds:240}") long lockTtlSeconds) {
    return new ClusteredAgentScheduler(jedisPool, Duration.ofSeconds(lockTtlSeconds));
  }

  /**
   * Application metadata (owners, permissions, "dataSources") and project clusters come from front50.
   */
  @Bean
  @ConditionalOnExpression("${services.front50.enabled:true}")
  public Front50Service front50Service(ServiceClientFactory clients) {
    return clients.create(Front50Service.class, "front50");
  }

  public interface Front50Service {
    @GET("v2/applications")
    Call<List<Map<String, Object>>> searchByName();

    @GET("v2/applications/{name}")
    Call<Map<String, Object>> getApplication(@Path("name") String name);

    @GET("v2/projects/{project}")
    Call<Map<String, Object>> getProject(@Path("project") String project);
  }

  public static class SqlProviderCache {
    private final DSLContext jooq;
    private final int readBatchSize;

    SqlProviderCache(DSLContext jooq, int readBatchSize) {
      this.jooq = jooq;
      this.readBatchSize = readBatchSize;
    }

    public void put(String type, String id, String body) {
      jooq.execute(
          "insert into cats_v1_" + type + " (id, body_hash, body, last_updated) values (?, sha2(?, 256), ?, ?) "
              + "on duplicate key update body = values(body), last_updated = values(last_updated)",
          id, body, body, System.currentTimeMillis());
    }
  }

  public static class ClusteredAgentScheduler {
    private final JedisPool jedisPool;
    private final Duration lockTtl;

    ClusteredAgentScheduler(JedisPool jedisPool, Duration lockTtl) {
      this.jedisPool = jedisPool;
      this.lockTtl = lockTtl;
    }

    public boolean tryAcquire(String agentType, String owner) {
      try (var jedis = jedisPool.getResource()) {
        return "OK".equals(
            jedis.set("agent:lock:" + agentType, owner,
                redis.clients.jedis.params.SetParams.setParams().nx().px(lockTtl.toMillis())));
      }
    }
  }
}
