package io.launchpad.portal.config;

import io.launchpad.common.retrofit.ServiceClientFactory;
import io.launchpad.common.warden.WardenService;
import io.launchpad.portal.services.internal.ButlerService;
import io.launchpad.portal.services.internal.ConductorService;
import io.launchpad.portal.services.internal.FleetdriverService;
import io.launchpad.portal.services.internal.HeraldService;
import io.launchpad.portal.services.internal.LedgerService;
import io.launchpad.portal.services.internal.OvenService;
import io.launchpad.portal.services.internal.SentinelService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Portal is the only service that talks to every other backend. Each client reads its base URL
 * from services.&lt;name&gt;.baseUrl in launchpad.yml.
 */
@Configuration
public class PortalServicesConfig {

  @Bean
  ConductorService conductorService(ServiceClientFactory factory) {
    return factory.create(ConductorService.class, "conductor");
  }

  @Bean
  FleetdriverService fleetdriverService(ServiceClientFactory factory) {
    return factory.create(FleetdriverService.class, "fleetdriver");
  }

  @Bean
  LedgerService ledgerService(ServiceClientFactory factory) {
    return factory.create(LedgerService.class, "ledger");
  }

  @Bean
  @ConditionalOnProperty("services.herald.enabled")
  HeraldService heraldService(ServiceClientFactory factory) {
    return factory.create(HeraldService.class, "herald");
  }

  @Bean
  @ConditionalOnProperty("services.butler.enabled")
  ButlerService butlerService(ServiceClientFactory factory) {
    return factory.create(ButlerService.class, "butler");
  }

  @Bean
  @ConditionalOnProperty("services.oven.enabled")
  OvenService ovenService(ServiceClientFactory factory) {
    return factory.create(OvenService.class, "oven");
  }

  @Bean
  @ConditionalOnProperty("services.sentinel.enabled")
  SentinelService sentinelService(ServiceClientFactory factory) {
    return factory.create(SentinelService.class, "sentinel");
  }

  @Bean
  WardenService wardenService(ServiceClientFactory factory) {
    return factory.create(WardenService.class, "warden");
  }
}
