package io.launchpad.warden

import io.launchpad.common.config.LaunchpadConfigLocations
import io.launchpad.common.retrofit.ServiceClientFactory
import io.launchpad.warden.providers.FleetdriverApi
import io.launchpad.warden.providers.LedgerApi
import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration
import org.springframework.boot.runApplication
import org.springframework.context.annotation.Bean
import org.springframework.scheduling.annotation.EnableScheduling

/**
 * warden resolves "who can do what": user roles come from the group membership provider
 * (GitHub teams here), resources (applications, accounts, service accounts) come from ledger and
 * fleetdriver, and the resulting permissions are cached in Redis for every other service.
 */
@SpringBootApplication(
  scanBasePackages = ["io.launchpad.warden", "io.launchpad.common"],
  exclude = [RedisAutoConfiguration::class]
)
@EnableScheduling
class Main {
  @Bean
  fun ledgerApi(factory: ServiceClientFactory): LedgerApi =
    factory.create(LedgerApi::class.java, "ledger")

  @Bean
  fun fleetdriverApi(factory: ServiceClientFactory): FleetdriverApi =
    factory.create(FleetdriverApi::class.java, "fleetdriver")

  // Build-service permissions would come from butler; disabled in warden.yml (services.butler.enabled: false).
  // @Bean
  // fun butlerApi(factory: ServiceClientFactory): ButlerApi = factory.create(ButlerApi::class.java, "butler")
}

fun main(args: Array<String>) {
  LaunchpadConfigLocations.apply("warden")
  runApplication<Main>(*args)
}
