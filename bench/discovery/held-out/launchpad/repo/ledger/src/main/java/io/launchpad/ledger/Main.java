package io.launchpad.ledger;

import io.launchpad.common.config.LaunchpadConfigLocations;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication(scanBasePackages = {"io.launchpad.ledger", "io.launchpad.common"})
@EnableScheduling
public class Main {
  public static void main(String[] args) {
    LaunchpadConfigLocations.apply("ledger");
    SpringApplication.run(Main.class, args);
  }
}
