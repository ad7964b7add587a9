package io.legendsarena.location.repository;

import java.util.Optional;
import java.util.random.RandomGenerator;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class LocationRepository implements PanacheRepository<Location> {
  public Optional<Location> findRandom() {
    var count = count();
    if (count > 0) {
      var index = RandomGenerator.getDefault().nextInt((int) count);
      return findAll().page(index, 1).firstResultOptional();
    }
    return Optional.empty();
  }

  public Optional<Location> findByName(String name) {
    return find("name", name).firstResultOptional();
  }
}
