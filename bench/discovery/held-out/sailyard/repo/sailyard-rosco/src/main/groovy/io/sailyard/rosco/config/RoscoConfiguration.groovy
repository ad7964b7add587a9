package io.sailyard.rosco.config

import groovy.util.logging.Slf4j
import io.sailyard.kork.client.ServiceClientFactory
import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import redis.clients.jedis.JedisPool
import retrofit2.Call
import retrofit2.http.Body
import retrofit2.http.PUT

@Slf4j
@Configuration
class RoscoConfiguration {

  /**
   * Bake requests, their status and the resulting image ids are kept in Redis so any rosco
   * replica can answer status polls from orca.
   */
  @Bean
  RedisBackedBakeStore bakeStore(JedisPool jedisPool,
                                 @Value('${rosco.bakeStore.ttlSeconds:604800}') long ttlSeconds) {
    new RedisBackedBakeStore(jedisPool, ttlSeconds)
  }

  /**
   * Manifest bakes (helm, kustomize) need the chart/kustomization artifacts, which are downloaded
   * through clouddriver's artifact credentials.
   */
  @Bean
  ClouddriverService clouddriverService(ServiceClientFactory clients) {
    clients.create(ClouddriverService, 'clouddriver')
  }

  /** Packer and helm run as local processes inside the rosco container. */
  @Bean
  JobExecutorLocal jobExecutor(@Value('${rosco.jobs.local.timeoutMinutes:30}') long timeoutMinutes) {
    new JobExecutorLocal(timeoutMinutes)
  }

  interface ClouddriverService {
    @PUT('artifacts/fetch/')
    Call<okhttp3.ResponseBody> fetchArtifact(@Body Map artifact)
  }

  static class RedisBackedBakeStore {
    final JedisPool pool
    final long ttlSeconds

    RedisBackedBakeStore(JedisPool pool, long ttlSeconds) {
      this.pool = pool
      this.ttlSeconds = ttlSeconds
    }

    void storeNewBakeStatus(String bakeKey, String region, String statusId, String requestJson) {
      def jedis = pool.resource
      try {
        jedis.hset("bake:${bakeKey}".toString(), [region: region, statusId: statusId, request: requestJson])
        jedis.expire("bake:${bakeKey}".toString(), ttlSeconds)
        jedis.sadd('allBakes', bakeKey)
      } finally {
        jedis.close()
      }
    }
  }

  static class JobExecutorLocal {
    final long timeoutMinutes

    JobExecutorLocal(long timeoutMinutes) {
      this.timeoutMinutes = timeoutMinutes
    }

    Process start(List<String> command, File workDir) {
      log.info('Running {}', command.first())
      new ProcessBuilder(command).directory(workDir).redirectErrorStream(true).start()
    }
  }
}
