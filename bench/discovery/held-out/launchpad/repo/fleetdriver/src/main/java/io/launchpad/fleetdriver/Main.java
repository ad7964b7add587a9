package io.launchpad.fleetdriver;

import io.launchpad.common.config.LaunchpadConfigLocations;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication(
    scanBasePackages = {"io.launchpad.fleetdriver", "io.launchpad.common"},
    exclude = RedisAutoConfiguration.class)
@EnableScheduling
public class Main {
  public static void main(String[] args) {
    LaunchpadConfigLocations.apply("fleetdriver");
    SpringApplication.run(Main.class, args);
  }
}
