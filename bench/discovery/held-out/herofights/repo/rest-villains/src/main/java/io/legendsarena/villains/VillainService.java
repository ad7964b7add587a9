package io.legendsarena.villains;

import static jakarta.transaction.Transactional.TxType.REQUIRED;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.legendsarena.villains.config.VillainConfig;

@ApplicationScoped
@Transactional(REQUIRED)
public class VillainService {
  private final VillainConfig villainConfig;

  public VillainService(VillainConfig villainConfig) {
    this.villainConfig = villainConfig;
  }

  @Transactional(SUPPORTS)
  public List<Villain> findAllVillains() {
    return Villain.listAll();
  }

  @Transactional(SUPPORTS)
  public Optional<Villain> findVillainById(Long id) {
    return Villain.findByIdOptional(id);
  }

  @Transactional(SUPPORTS)
  public Optional<Villain> findRandomVillain() {
    return Optional.ofNullable(Villain.findRandom());
  }

  public Villain persistVillain(@NotNull @Valid Villain villain) {
    villain.level = (int) Math.round(villain.level * this.villainConfig.level().multiplier());
    Villain.persist(villain);
    return villain;
  }

  public void deleteVillain(Long id) {
    Villain.deleteById(id);
  }
}
