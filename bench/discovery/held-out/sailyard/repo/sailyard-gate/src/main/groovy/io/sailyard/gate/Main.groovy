package io.sailyard.gate

import io.sailyard.fiat.shared.FiatAuthenticationConfig
import io.sailyard.kork.client.ServiceClientFactory
import io.sailyard.kork.jedis.JedisConfiguration
import org.springframework.boot.autoconfigure.EnableAutoConfiguration
import org.springframework.boot.builder.SpringApplicationBuilder
import org.springframework.context.annotation.ComponentScan
import org.springframework.context.annotation.Configuration
import org.springframework.context.annotation.Import
import org.springframework.scheduling.annotation.EnableAsync

@Configuration
@EnableAsync
@EnableAutoConfiguration
@ComponentScan("io.sailyard.gate")
@Import([ServiceClientFactory, JedisConfiguration, FiatAuthenticationConfig])
class Main {

  static final Map<String, Object> DEFAULT_PROPS = [
    'netflix.environment'        : 'test',
    'spring.application.name'    : 'gate',
    // sailyard.yml (shared) -> gate.yml -> gate-local.yml
    'spring.config.name'         : 'sailyard,${spring.application.name},${spring.application.name}-local',
    'spring.profiles.active'     : 'local',
    'spring.config.location'     : 'classpath:/,file:/opt/sailyard/config/,file:${user.home}/.sailyard/'
  ]

  static void main(String... args) {
    new SpringApplicationBuilder()
      .properties(DEFAULT_PROPS)
      .sources(Main)
      .run(args)
  }
}
