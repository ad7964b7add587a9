package io.launchpad.warden.redis

import com.fasterxml.jackson.databind.ObjectMapper
import java.net.URI
import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Repository
import redis.clients.jedis.JedisPooled

/**
 * Resolved permissions per user, stored as one Redis hash per resource type:
 *   warden:permissions:<user>:applications -> { appName: json }
 * Other services never read Redis directly; they ask warden over HTTP.
 */
@Repository
class RedisPermissionsRepository(
  @Value("\${redis.connection}") connection: String,
  @Value("\${redis.repository.prefix:warden}") private val prefix: String,
  private val objectMapper: ObjectMapper
) {
  private val redis = JedisPooled(URI.create(connection))

  fun put(userId: String, resourceType: String, resources: Map<String, Any>) {
    val key = "$prefix:permissions:${userId.lowercase()}:$resourceType"
    val tx = redis.multi()
    tx.del(key)
    if (resources.isNotEmpty()) {
      tx.hset(key, resources.mapValues { objectMapper.writeValueAsString(it.value) })
    }
    tx.sadd("$prefix:users", userId.lowercase())
    tx.exec()
  }

  fun get(userId: String, resourceType: String): Map<String, String> =
    redis.hgetAll("$prefix:permissions:${userId.lowercase()}:$resourceType")

  fun getAllUserIds(): Set<String> = redis.smembers("$prefix:users")

  fun remove(userId: String) {
    val keys = redis.keys("$prefix:permissions:${userId.lowercase()}:*")
    if (keys.isNotEmpty()) redis.del(*keys.toTypedArray())
    redis.srem("$prefix:users", userId.lowercase())
  }
}
