package io.launchpad.oven;

import io.launchpad.common.config.LaunchpadConfigLocations;
import io.launchpad.common.retrofit.ServiceClientFactory;
import io.launchpad.oven.fleetdriver.FleetdriverService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication(scanBasePackages = {"io.launchpad.oven", "io.launchpad.common"})
@EnableScheduling
public class Main {
  public static void main(String[] args) {
    LaunchpadConfigLocations.apply("oven");
    SpringApplication.run(Main.class, args);
  }

  /** Used to resolve artifacts (packages, manifests) referenced by a bake request. */
  @Bean
  FleetdriverService fleetdriverService(ServiceClientFactory factory) {
    return factory.create(FleetdriverService.class, "fleetdriver");
  }
}
