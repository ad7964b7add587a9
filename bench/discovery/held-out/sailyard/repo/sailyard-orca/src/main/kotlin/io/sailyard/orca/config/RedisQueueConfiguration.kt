package io.sailyard.orca.config

import com.fasterxml.jackson.databind.ObjectMapper
import com.fasterxml.jackson.module.kotlin.jacksonObjectMapper
import org.slf4j.LoggerFactory
import org.springframework.beans.factory.annotation.Value
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.scheduling.annotation.Scheduled
import redis.clients.jedis.JedisPool
import java.time.Clock
import java.time.Duration

/**
 * Keiko-style work queue. Every stage/task transition is a message pushed onto a sorted set in
 * Redis and polled back by the QueueProcessor on every orca instance.
 */
@Configuration
@ConditionalOnProperty(value = ["keiko.queue.redis.enabled"], matchIfMissing = true)
class RedisQueueConfiguration {

  @Bean
  fun queue(
    jedisPool: JedisPool,
    clock: Clock,
    @Value("\${keiko.queue.redis.queueName:orca.task.queue}") queueName: String,
    @Value("\${keiko.queue.redis.deadLetterQueueName:orca.task.deadLetterQueue}") dlqName: String
  ) = RedisQueue(jedisPool, clock, queueName, dlqName, jacksonObjectMapper())

  @Bean
  fun queueProcessor(queue: RedisQueue, @Value("\${queue.poll.frequency.ms:50}") pollMs: Long) =
    QueueProcessor(queue, Duration.ofMillis(pollMs))
}

class RedisQueue(
  private val pool: JedisPool,
  private val clock: Clock,
  private val queueKey: String,
  private val dlqKey: String,
  private val mapper: ObjectMapper
) {
  fun push(message: Map<String, Any?>, delay: Duration = Duration.ZERO) {
    pool.resource.use { redis ->
      val score = clock.millis() + delay.toMillis()
      redis.zadd(queueKey, score.toDouble(), mapper.writeValueAsString(message))
    }
  }

  fun poll(handler: (Map<String, Any?>) -> Unit) {
    pool.resource.use { redis ->
      val now = clock.millis().toDouble()
      val due = redis.zrangeByScore(queueKey, 0.0, now, 0, 1).firstOrNull() ?: return
      if (redis.zrem(queueKey, due) == 0L) return // another instance won
      try {
        @Suppress("UNCHECKED_CAST")
        handler(mapper.readValue(due, Map::class.java) as Map<String, Any?>)
      } catch (e: Exception) {
        redis.zadd(dlqKey, now, due)
      }
    }
  }
}

class QueueProcessor(private val queue: RedisQueue, private val pollFrequency: Duration) {
  private val log = LoggerFactory.getLogger(javaClass)

  @Scheduled(fixedDelayString = "\${queue.poll.frequency.ms:50}")
  fun pollOnce() {
    queue.poll { message ->
      log.debug("Handling {} for execution {}", message["kind"], message["executionId"])
    }
  }
}
