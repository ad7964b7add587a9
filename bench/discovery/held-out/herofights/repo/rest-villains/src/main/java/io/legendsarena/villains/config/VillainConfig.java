package io.legendsarena.villains.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "villain")
public interface VillainConfig {
  Level level();

  interface Level {
    /** Multiplier applied to every villain's level when it is persisted */
    double multiplier();
  }
}
