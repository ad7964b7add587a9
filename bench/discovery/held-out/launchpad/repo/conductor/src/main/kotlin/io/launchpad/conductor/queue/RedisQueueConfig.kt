package io.launchpad.conductor.queue

import java.net.URI
import java.time.Clock
import java.time.Duration
import org.apache.commons.pool2.impl.GenericObjectPoolConfig
import org.springframework.beans.factory.annotation.Value
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import redis.clients.jedis.Jedis
import redis.clients.jedis.JedisPool

/**
 * The conductor work queue: every stage/task transition is a message pushed to a Redis sorted
 * set and pulled by QueueProcessor on every conductor replica. Executions themselves are in SQL.
 */
@Configuration
@ConditionalOnProperty("queue.redis.enabled")
class RedisQueueConfig {

  @Bean
  fun queueJedisPool(@Value("\${queue.redis.connection}") connection: String): JedisPool {
    val poolConfig = GenericObjectPoolConfig<Jedis>().apply {
      maxTotal = 100
      maxIdle = 100
      minIdle = 25
    }
    return JedisPool(poolConfig, URI.create(connection), 2000)
  }

  @Bean
  fun redisQueue(
    queueJedisPool: JedisPool,
    @Value("\${queue.redis.queueName:conductor.task.queue}") queueName: String,
    @Value("\${queue.redis.deadLetterQueueName:conductor.task.deadLetters}") dlq: String
  ): RedisQueue = RedisQueue(queueJedisPool, queueName, dlq, Clock.systemUTC(), Duration.ofMinutes(1))
}

class RedisQueue(
  private val pool: JedisPool,
  private val queueName: String,
  private val deadLetterQueueName: String,
  private val clock: Clock,
  private val ackTimeout: Duration
) {
  private val unackedKey = "$queueName.unacked"
  private val messagesKey = "$queueName.messages"

  fun push(id: String, payload: String, delay: Duration = Duration.ZERO) {
    pool.resource.use { redis ->
      redis.hset(messagesKey, id, payload)
      redis.zadd(queueName, (clock.millis() + delay.toMillis()).toDouble(), id)
    }
  }

  fun poll(handler: (String, String) -> Unit) {
    pool.resource.use { redis ->
      val now = clock.millis().toDouble()
      val id = redis.zrangeByScore(queueName, 0.0, now, 0, 1).firstOrNull() ?: return
      if (redis.zrem(queueName, id) == 0L) return // another replica won the race
      redis.zadd(unackedKey, now + ackTimeout.toMillis(), id)
      val payload = redis.hget(messagesKey, id) ?: return
      handler(id, payload)
    }
  }

  fun ack(id: String) {
    pool.resource.use { redis ->
      redis.zrem(unackedKey, id)
      redis.hdel(messagesKey, id)
    }
  }

  fun deadLetter(id: String) {
    pool.resource.use { redis ->
      redis.zrem(unackedKey, id)
      redis.zadd(deadLetterQueueName, clock.millis().toDouble(), id)
    }
  }
}
