package io.legendsarena.heroes.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.legendsarena.heroes.repository.Hero;
import io.legendsarena.heroes.repository.HeroRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class HeroService {
  private final HeroRepository heroRepository;

  public HeroService(HeroRepository heroRepository) {
    this.heroRepository = heroRepository;
  }

  public Uni<List<Hero>> findAllHeroes() {
    return this.heroRepository.listAll();
  }

  public Uni<List<Hero>> findAllHeroesHavingName(String name) {
    return this.heroRepository.listAllWhereNameLike(name);
  }

  public Uni<Hero> findHeroById(Long id) {
    return this.heroRepository.findById(id);
  }

  public Uni<Hero> findRandomHero() {
    return this.heroRepository.findRandom();
  }

  @WithTransaction
  public Uni<Hero> persistHero(@NotNull @Valid Hero hero) {
    return this.heroRepository.persist(hero);
  }

  @WithTransaction
  public Uni<Boolean> deleteHero(Long id) {
    return this.heroRepository.deleteById(id);
  }
}
