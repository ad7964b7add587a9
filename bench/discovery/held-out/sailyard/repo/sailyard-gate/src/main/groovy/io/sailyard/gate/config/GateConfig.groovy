package io.sailyard.gate.config

import groovy.util.logging.Slf4j
import io.sailyard.gate.services.internal.ClouddriverService
import io.sailyard.gate.services.internal.EchoService
import io.sailyard.gate.services.internal.Front50Service
import io.sailyard.gate.services.internal.IgorService
import io.sailyard.gate.services.internal.OrcaService
import io.sailyard.gate.services.internal.RoscoService
import io.sailyard.kork.client.ServiceClientFactory
import org.springframework.beans.factory.annotation.Value
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.data.redis.connection.RedisStandaloneConfiguration
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession
import retrofit2.Call
import retrofit2.http.GET
import retrofit2.http.Path

@Slf4j
@Configuration
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 3600, redisNamespace = 'sailyard:session')
class GateConfig {

  @Value('${server.session.timeout-in-seconds:3600}')
  int sessionTimeout

  /**
   * Sessions are shared across gate replicas through redis.connection from sailyard.yml.
   */
  @Bean
  JedisConnectionFactory jedisConnectionFactory(@Value('${redis.connection}') String connection) {
    URI uri = URI.create(connection)
    def standalone = new RedisStandaloneConfiguration(uri.host, uri.port == -1 ? 6379 : uri.port)
    if (uri.userInfo) {
      standalone.setPassword(uri.userInfo.split(':', 2).last())
    }
    new JedisConnectionFactory(standalone)
  }

  @Bean
  OrcaService orcaService(ServiceClientFactory clients) {
    clients.create(OrcaService, 'orca')
  }

  @Bean
  ClouddriverService clouddriverService(ServiceClientFactory clients) {
    clients.create(ClouddriverService, 'clouddriver')
  }

  @Bean
  Front50Service front50Service(ServiceClientFactory clients) {
    clients.create(Front50Service, 'front50')
  }

  @Bean
  @ConditionalOnProperty('services.echo.enabled')
  EchoService echoService(ServiceClientFactory clients) {
    clients.create(EchoService, 'echo')
  }

  @Bean
  @ConditionalOnProperty('services.igor.enabled')
  IgorService igorService(ServiceClientFactory clients) {
    clients.create(IgorService, 'igor')
  }

  @Bean
  @ConditionalOnProperty('services.rosco.enabled')
  RoscoService roscoService(ServiceClientFactory clients) {
    clients.create(RoscoService, 'rosco')
  }

  /** Managed delivery. Only present when the keel service is deployed. */
  @Bean
  @ConditionalOnProperty('services.keel.enabled')
  KeelService keelService(ServiceClientFactory clients) {
    clients.create(KeelService, 'keel')
  }

  interface KeelService {
    @GET('application/{application}')
    Call<Map<String, Object>> getApplicationDetails(@Path('application') String application)
  }
}
