package io.legendsarena.fight.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class HeroClient {
  private final HeroRestClient heroClient;

  public HeroClient(@RestClient HeroRestClient heroClient) {
    this.heroClient = heroClient;
  }

  public Uni<Hero> findRandomHero() {
    return this.heroClient.findRandomHero()
      .onFailure(Is404Exception.IS_404).recoverWithNull();
  }

  public Uni<String> helloHeroes() {
    return this.heroClient.helloHeroes();
  }

  static final class Is404Exception implements java.util.function.Predicate<Throwable> {
    static final Is404Exception IS_404 = new Is404Exception();

    @Override
    public boolean test(Throwable throwable) {
      return (throwable instanceof WebApplicationException wae) && wae.getResponse().getStatus() == 404;
    }
  }
}
