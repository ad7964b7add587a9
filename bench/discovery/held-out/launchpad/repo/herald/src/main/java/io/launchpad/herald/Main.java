package io.launchpad.herald;

import io.launchpad.common.config.LaunchpadConfigLocations;
import io.launchpad.common.retrofit.ServiceClientFactory;
import io.launchpad.herald.conductor.ConductorService;
import io.launchpad.herald.ledger.LedgerService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * herald: receives events (from conductor, butler, webhooks via portal, SQS), sends
 * notifications, and fires pipeline triggers. Cron triggers run on a clustered Quartz
 * scheduler backed by the herald MySQL schema (spring.quartz.job-store-type=jdbc).
 */
@SpringBootApplication(scanBasePackages = {"io.launchpad.herald", "io.launchpad.common"})
@EnableScheduling
public class Main {
  public static void main(String[] args) {
    LaunchpadConfigLocations.apply("herald");
    SpringApplication.run(Main.class, args);
  }

  @Bean
  ConductorService conductorService(ServiceClientFactory factory) {
    return factory.create(ConductorService.class, "conductor");
  }

  @Bean
  LedgerService ledgerService(ServiceClientFactory factory) {
    return factory.create(LedgerService.class, "ledger");
  }
}
