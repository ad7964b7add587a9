package io.launchpad.fleetdriver.config;

import io.launchpad.common.retrofit.ServiceClientFactory;
import io.launchpad.common.warden.WardenService;
import io.launchpad.fleetdriver.ledger.LedgerService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class FleetdriverConfig {

  /** Application metadata (owners, cloud providers) used by the application caching agents. */
  @Bean
  LedgerService ledgerService(ServiceClientFactory factory) {
    return factory.create(LedgerService.class, "ledger");
  }

  /** Account-level WRITE checks before any mutating operation is accepted. */
  @Bean
  @ConditionalOnProperty(value = "services.warden.enabled", havingValue = "true")
  WardenService wardenService(ServiceClientFactory factory) {
    return factory.create(WardenService.class, "warden");
  }
}
