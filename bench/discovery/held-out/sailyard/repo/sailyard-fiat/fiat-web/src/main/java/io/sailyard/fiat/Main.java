package io.sailyard.fiat;

import io.sailyard.kork.client.ServiceClientFactory;
import io.sailyard.kork.jedis.JedisConfiguration;
import java.util.Map;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
@EnableAutoConfiguration(exclude = DataSourceAutoConfiguration.class)
@ComponentScan("io.sailyard.fiat")
@Import({ServiceClientFactory.class, JedisConfiguration.class})
public class Main {

  private static final Map<String, Object> DEFAULT_PROPS =
      Map.of(
          "spring.application.name", "fiat",
          "spring.config.name", "sailyard,${spring.application.name},${spring.application.name}-local",
          "spring.config.location", "classpath:/,file:/opt/sailyard/config/,file:${user.home}/.sailyard/",
          "spring.profiles.active", "local");

  public static void main(String... args) {
    new SpringApplicationBuilder().properties(DEFAULT_PROPS).sources(Main.class).run(args);
  }
}
