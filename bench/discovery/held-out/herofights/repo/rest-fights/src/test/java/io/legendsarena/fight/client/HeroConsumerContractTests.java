package io.legendsarena.fight.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "rest-heroes", port = HeroConsumerContractTests.MOCK_PORT)
@TestProfile(HeroConsumerContractTests.PactProfile.class)
class HeroConsumerContractTests {
  static final String MOCK_PORT = "8081";

  @jakarta.inject.Inject
  HeroClient heroClient;

  @Pact(consumer = "rest-fights")
  V4Pact randomHeroFoundPact(PactDslWithProvider builder) {
    return builder
      .given("A hero exists")
      .uponReceiving("A request for a random hero")
        .path("/api/heroes/random")
        .method("GET")
      .willRespondWith()
        .status(200)
        .body(new PactDslJsonBody().stringType("name", "Super Chocolatine").integerType("level", 42))
      .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "randomHeroFoundPact")
  void randomHeroFound() {
    var hero = this.heroClient.findRandomHero().await().indefinitely();
    assertThat(hero).isNotNull();
  }

  public static class PactProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.stork.hero-service.service-discovery.address-list", "localhost:" + MOCK_PORT);
    }
  }
}
