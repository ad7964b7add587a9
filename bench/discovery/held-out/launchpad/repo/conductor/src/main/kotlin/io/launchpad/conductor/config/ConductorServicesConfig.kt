package io.launchpad.conductor.config

import io.launchpad.common.retrofit.ServiceClientFactory
import io.launchpad.common.warden.WardenService
import io.launchpad.conductor.bakery.BakeryService
import io.launchpad.conductor.butler.ButlerService
import io.launchpad.conductor.canary.SentinelService
import io.launchpad.conductor.fleetdriver.FleetdriverService
import io.launchpad.conductor.fleetdriver.FleetdriverTaskService
import io.launchpad.conductor.herald.HeraldService
import io.launchpad.conductor.ledger.LedgerService
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration

/**
 * Retrofit clients for every service a pipeline stage can call. Stages for optional services
 * (bake, jenkins, canary) are only registered when the corresponding client exists.
 */
@Configuration
class ConductorServicesConfig(private val factory: ServiceClientFactory) {

  @Bean
  fun fleetdriverService(): FleetdriverService =
    factory.create(FleetdriverService::class.java, "fleetdriver")

  /** Mutations go to the same fleetdriver deployment; a separate write pool can be configured. */
  @Bean
  fun fleetdriverTaskService(): FleetdriverTaskService =
    factory.create(FleetdriverTaskService::class.java, "fleetdriver")

  @Bean
  fun ledgerService(): LedgerService = factory.create(LedgerService::class.java, "ledger")

  @Bean
  @ConditionalOnExpression("\${services.herald.enabled:true}")
  fun heraldService(): HeraldService = factory.create(HeraldService::class.java, "herald")

  @Bean
  @ConditionalOnExpression("\${services.butler.enabled:true}")
  fun butlerService(): ButlerService = factory.create(ButlerService::class.java, "butler")

  @Bean
  @ConditionalOnExpression("\${services.oven.enabled:true}")
  fun bakeryService(): BakeryService = factory.create(BakeryService::class.java, "oven")

  @Bean
  @ConditionalOnExpression("\${services.sentinel.enabled:false}")
  fun sentinelService(): SentinelService = factory.create(SentinelService::class.java, "sentinel")

  @Bean
  @ConditionalOnExpression("\${services.warden.enabled:false}")
  fun wardenService(): WardenService = factory.create(WardenService::class.java, "warden")
}
