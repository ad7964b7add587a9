package io.launchpad.portal.config;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;

/** HTTP sessions are shared across portal replicas through Redis. */
@Configuration
@EnableRedisHttpSession(maxInactiveIntervalInSeconds = 3600, redisNamespace = "launchpad:portal:session")
public class PortalSessionConfig {

  @Bean
  JedisConnectionFactory redisConnectionFactory(@Value("${redis.connection}") String connection) {
    URI uri = URI.create(connection);
    RedisStandaloneConfiguration config =
        new RedisStandaloneConfiguration(uri.getHost(), uri.getPort() == -1 ? 6379 : uri.getPort());
    if (uri.getUserInfo() != null && uri.getUserInfo().contains(":")) {
      config.setPassword(uri.getUserInfo().split(":", 2)[1]);
    }
    return new JedisConnectionFactory(config);
  }
}
