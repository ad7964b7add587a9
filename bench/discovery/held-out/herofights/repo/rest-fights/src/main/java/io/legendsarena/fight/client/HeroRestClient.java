package io.legendsarena.fight.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.client.api.ClientLogger;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

/**
 * Quarkus Reactive Rest Client talking to the Hero service. The base URL is
 * {@code stork://hero-service}, resolved by SmallRye Stork (static list locally,
 * Kubernetes endpoints under the {@code kubernetes} profile).
 */
@Path("/api/heroes")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "hero-client")
interface HeroRestClient {
  @GET
  @Path("/random")
  Uni<Hero> findRandomHero();

  @GET
  @Path("/hello")
  @Produces(MediaType.TEXT_PLAIN)
  Uni<String> helloHeroes();

  @ClientExceptionMapper
  static RuntimeException toException(jakarta.ws.rs.core.Response response) {
    return (response.getStatus() == 404) ? null : new ClientWebApplicationException(response.getStatus());
  }
}
