package io.launchpad.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.launchpad.portal.services.internal.LedgerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import redis.embedded.RedisServer;

@SpringBootTest(properties = {"security.oauth2.enabled=false", "spring.profiles.active=test"})
class PortalServicesConfigTest {
  static WireMockServer ledger = new WireMockServer(0);
  static RedisServer redis = new RedisServer(6380);

  @BeforeAll
  static void start() {
    ledger.start();
    redis.start();
  }

  @AfterAll
  static void stop() {
    ledger.stop();
    redis.stop();
  }

  @DynamicPropertySource
  static void props(DynamicPropertyRegistry registry) {
    registry.add("services.ledger.baseUrl", () -> "http://localhost:" + ledger.port());
    registry.add("redis.connection", () -> "redis://localhost:6380");
  }

  @Autowired LedgerService ledgerService;

  @Test
  void ledgerClientUsesConfiguredBaseUrl() throws Exception {
    ledger.stubFor(get("/v2/applications").willReturn(okJson("[{\"name\":\"checkout\"}]")));
    assertThat(ledgerService.getAllApplications().execute().body()).hasSize(1);
  }
}
