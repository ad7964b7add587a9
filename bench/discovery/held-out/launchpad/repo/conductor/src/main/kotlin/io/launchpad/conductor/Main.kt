package io.launchpad.conductor

import io.launchpad.common.config.LaunchpadConfigLocations
import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration
import org.springframework.boot.runApplication
import org.springframework.scheduling.annotation.EnableScheduling

@SpringBootApplication(
  scanBasePackages = ["io.launchpad.conductor", "io.launchpad.common"],
  exclude = [RedisAutoConfiguration::class]
)
@EnableScheduling
class Main

fun main(args: Array<String>) {
  LaunchpadConfigLocations.apply("conductor")
  runApplication<Main>(*args)
}
