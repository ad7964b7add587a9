package io.legendsarena.ui;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "api")
public interface UIConfig {
  /**
   * Base URL of the fights API, handed to the browser through {@code /env.js}.
   */
  @WithName("base.url")
  @WithDefault("http://localhost:8082")
  String baseUrl();

  /**
   * When true the browser derives the fights URL from its own location (OpenShift routes).
   */
  @WithName("calculate.api.base.url")
  @WithDefault("false")
  boolean calculateApiBaseUrl();
}
