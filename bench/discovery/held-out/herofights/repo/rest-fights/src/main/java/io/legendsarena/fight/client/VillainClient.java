package io.legendsarena.fight.client;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;

import io.legendsarena.fight.config.FightConfig;
import io.smallrye.mutiny.Uni;

/**
 * Bean to be used for interacting with the Villain service.
 * <p>
 *   Uses the <a href="https://quarkus.io/guides/resteasy-reactive#resteasy-reactive-client">JAX-RS client</a>
 *   directly (rather than a MicroProfile REST Client) to show off both styles.
 * </p>
 */
@ApplicationScoped
public class VillainClient {
  private final WebTarget villainClient;
  private final Client client;

  public VillainClient(FightConfig fightConfig) {
    this.client = ClientBuilder.newClient();
    this.villainClient = this.client
      .target(fightConfig.villain().clientBaseUrl())
      .path("api/villains/");
  }

  public Uni<Villain> findRandomVillain() {
    return this.villainClient.path("random")
      .request(MediaType.APPLICATION_JSON_TYPE)
      .rx(io.smallrye.mutiny.Uni.class)
      .map(response -> ((jakarta.ws.rs.core.Response) response).readEntity(Villain.class))
      .onFailure(NotFoundException.class).recoverWithNull();
  }

  public Uni<String> helloVillains() {
    return this.villainClient.path("hello")
      .request(MediaType.TEXT_PLAIN_TYPE)
      .rx(io.smallrye.mutiny.Uni.class)
      .map(response -> ((jakarta.ws.rs.core.Response) response).readEntity(String.class));
  }

  @PreDestroy
  public void close() {
    this.client.close();
  }
}
