package io.launchpad.portal;

import io.launchpad.common.config.LaunchpadConfigLocations;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication(scanBasePackages = {"io.launchpad.portal", "io.launchpad.common"})
@ConfigurationPropertiesScan("io.launchpad")
@EnableScheduling
public class Main {
  public static void main(String[] args) {
    LaunchpadConfigLocations.apply("portal");
    SpringApplication.run(Main.class, args);
  }
}
