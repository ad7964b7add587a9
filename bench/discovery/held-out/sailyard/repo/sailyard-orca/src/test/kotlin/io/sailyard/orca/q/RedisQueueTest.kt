package io.sailyard.orca.q

import com.fasterxml.jackson.module.kotlin.jacksonObjectMapper
import io.sailyard.orca.config.RedisQueue
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import redis.clients.jedis.JedisPool
import redis.embedded.RedisServer
import java.time.Clock
import kotlin.test.assertEquals

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisQueueTest {
  private val port = 16379
  private lateinit var server: RedisServer
  private lateinit var pool: JedisPool

  @BeforeAll
  fun start() {
    server = RedisServer(port).also { it.start() }
    pool = JedisPool("localhost", port)
  }

  @AfterAll
  fun stop() {
    pool.close()
    server.stop()
  }

  @Test
  fun `pushed message is polled back exactly once`() {
    val queue = RedisQueue(pool, Clock.systemUTC(), "test.queue", "test.dlq", jacksonObjectMapper())
    queue.push(mapOf("kind" to "StartStage", "executionId" to "01HX"))

    val seen = mutableListOf<Any?>()
    queue.poll { seen += it["kind"] }
    queue.poll { seen += it["kind"] }

    assertEquals(listOf<Any?>("StartStage"), seen)
  }
}
