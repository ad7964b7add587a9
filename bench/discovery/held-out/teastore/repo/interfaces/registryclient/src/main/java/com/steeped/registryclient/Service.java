package com.steeped.registryclient;

/**
 * Names under which the Steeped services register with the registry. The name is also the
 * servlet context path of the service ("/steeped.persistence/rest/...").
 */
public enum Service {

  /** Storefront. */
  WEBUI("steeped.webui"),
  /** Image provider. */
  IMAGE("steeped.image"),
  /** Authentication, cart and order placement. */
  AUTH("steeped.auth"),
  /** Data access over MariaDB. */
  PERSISTENCE("steeped.persistence"),
  /** Recommendations. */
  RECOMMENDER("steeped.recommender"),
  /** The registry itself; only used by {@link RegistryClient}. */
  REGISTRY("steeped.registry");

  private final String serviceName;

  Service(String serviceName) {
    this.serviceName = serviceName;
  }

  public String getServiceName() {
    return serviceName;
  }

  public static Service fromServiceName(String name) {
    for (Service s : values()) {
      if (s.serviceName.equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown service " + name);
  }
}
