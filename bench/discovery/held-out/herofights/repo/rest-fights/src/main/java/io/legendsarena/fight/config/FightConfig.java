package io.legendsarena.fight.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fight")
public interface FightConfig {
  Hero hero();

  Villain villain();

  Location location();

  interface Hero {
    @WithDefault("heroes")
    String teamName();

    HeroFallback fallback();

    interface HeroFallback {
      String name();
      String picture();
      String powers();
      @WithDefault("1")
      int level();
    }
  }

  interface Villain {
    @WithDefault("villains")
    String teamName();

    /** Base URL of the villain service, used by the plain JAX-RS client */
    String clientBaseUrl();

    VillainFallback fallback();

    interface VillainFallback {
      String name();
      String picture();
      String powers();
      @WithDefault("1")
      int level();
    }
  }

  interface Location {
    LocationFallback fallback();

    interface LocationFallback {
      String name();
      String description();
      String picture();
    }
  }
}
