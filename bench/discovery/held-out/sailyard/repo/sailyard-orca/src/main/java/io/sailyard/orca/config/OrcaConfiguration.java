package io.sailyard.orca.config;

import java.time.Clock;
import java.time.Duration;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.JedisPool;

@Configuration
public class OrcaConfiguration {

  @Bean
  public Clock clock() {
    return Clock.systemDefaultZone();
  }

  /** Pipeline and orchestration executions are persisted in MySQL (sql.enabled + executionRepository.sql). */
  @Bean
  @ConditionalOnProperty("executionRepository.sql.enabled")
  public ExecutionRepository sqlExecutionRepository(
      DSLContext jooq,
      @Value("${executionRepository.sql.partitionName:#{null}}") String partitionName,
      @Value("${executionRepository.sql.batchReadSize:10}") int batchReadSize) {
    return new ExecutionRepository.Sql(jooq, partitionName, batchReadSize);
  }

  /** Legacy store, kept for installations that have not migrated. */
  @Bean
  @ConditionalOnExpression("${executionRepository.redis.enabled:false} && !${executionRepository.sql.enabled:false}")
  public ExecutionRepository redisExecutionRepository(JedisPool jedisPool) {
    return new ExecutionRepository.Redis(jedisPool);
  }

  @Bean
  public Duration taskTimeout(@Value("${tasks.defaultTimeoutMinutes:60}") long minutes) {
    return Duration.ofMinutes(minutes);
  }

  public interface ExecutionRepository {
    void store(String executionId, String json);

    String retrieve(String executionId);

    final class Sql implements ExecutionRepository {
      private final DSLContext jooq;
      private final String partition;
      private final int batchReadSize;

      Sql(DSLContext jooq, String partition, int batchReadSize) {
        this.jooq = jooq;
        this.partition = partition;
        this.batchReadSize = batchReadSize;
      }

      @Override
      public void store(String executionId, String json) {
        jooq.execute(
            "insert into pipelines (id, body, `partition`) values (?, ?, ?) on duplicate key update body = values(body)",
            executionId, json, partition);
      }

      @Override
      public String retrieve(String executionId) {
        return jooq.fetchValue("select body from pipelines where id = ?", executionId).toString();
      }
    }

    final class Redis implements ExecutionRepository {
      private final JedisPool pool;

      Redis(JedisPool pool) {
        this.pool = pool;
      }

      @Override
      public void store(String executionId, String json) {
        try (var jedis = pool.getResource()) {
          jedis.hset("pipeline:" + executionId, "body", json);
        }
      }

      @Override
      public String retrieve(String executionId) {
        try (var jedis = pool.getResource()) {
          return jedis.hget("pipeline:" + executionId, "body");
        }
      }
    }
  }
}
