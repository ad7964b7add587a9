package io.sailyard.front50;

import io.sailyard.fiat.shared.FiatAuthenticationConfig;
import io.sailyard.kork.client.ServiceClientFactory;
import io.sailyard.kork.sql.SqlConnectionPoolConfiguration;
import java.util.Map;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
@EnableAutoConfiguration(exclude = {DataSourceAutoConfiguration.class, RedisAutoConfiguration.class})
@ComponentScan("io.sailyard.front50")
@Import({ServiceClientFactory.class, SqlConnectionPoolConfiguration.class, FiatAuthenticationConfig.class})
public class Main {

  private static final Map<String, Object> DEFAULT_PROPS =
      Map.of(
          "spring.application.name", "front50",
          "spring.config.name", "sailyard,${spring.application.name},${spring.application.name}-local",
          "spring.config.location", "classpath:/,file:/opt/sailyard/config/,file:${user.home}/.sailyard/",
          "spring.profiles.active", "local");

  public static void main(String... args) {
    new SpringApplicationBuilder().properties(DEFAULT_PROPS).sources(Main.class).run(args);
  }
}
