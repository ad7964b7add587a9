package io.launchpad.common.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes spring.config.additional-location for a service: launchpad.yml, then
 * &lt;service&gt;.yml, then the -local overrides, from $LAUNCHPAD_CONFIG_LOCATION
 * (default /opt/launchpad/config).
 */
public final class LaunchpadConfigLocations {
  private LaunchpadConfigLocations() {}

  public static String forService(String service) {
    String dir = System.getenv().getOrDefault("LAUNCHPAD_CONFIG_LOCATION", "/opt/launchpad/config");
    if (!dir.endsWith("/")) {
      dir = dir + "/";
    }
    List<String> files = new ArrayList<>();
    for (String name : List.of("launchpad", service, "launchpad-local", service + "-local")) {
      files.add("optional:" + dir + name + ".yml");
    }
    return String.join(",", files);
  }

  public static void apply(String service) {
    System.setProperty("spring.config.additional-location", forService(service));
  }
}
