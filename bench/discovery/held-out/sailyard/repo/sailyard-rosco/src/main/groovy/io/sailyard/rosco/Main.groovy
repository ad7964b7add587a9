package io.sailyard.rosco

import io.sailyard.kork.client.ServiceClientFactory
import io.sailyard.kork.jedis.JedisConfiguration
import org.springframework.boot.autoconfigure.EnableAutoConfiguration
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration
import org.springframework.boot.builder.SpringApplicationBuilder
import org.springframework.context.annotation.ComponentScan
import org.springframework.context.annotation.Configuration
import org.springframework.context.annotation.Import

@Configuration
@EnableAutoConfiguration(exclude = DataSourceAutoConfiguration)
@ComponentScan('io.sailyard.rosco')
@Import([ServiceClientFactory, JedisConfiguration])
class Main {

  static final Map<String, Object> DEFAULT_PROPS = [
    'spring.application.name': 'rosco',
    'spring.config.name'     : 'sailyard,${spring.application.name},${spring.application.name}-local',
    'spring.config.location' : 'classpath:/,file:/opt/sailyard/config/,file:${user.home}/.sailyard/',
    'spring.profiles.active' : 'local'
  ]

  static void main(String... args) {
    new SpringApplicationBuilder().properties(DEFAULT_PROPS).sources(Main).run(args)
  }
}
