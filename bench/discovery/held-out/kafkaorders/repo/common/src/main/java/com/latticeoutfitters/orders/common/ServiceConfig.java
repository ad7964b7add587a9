package com.latticeoutfitters.orders.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves service settings. Order of precedence: environment variable, then the service's
 * classpath properties file (values may contain ${ENV_VAR:default} placeholders), then the
 * hard-coded developer default (everything on localhost, matching `docker compose up` port maps).
 */
public final class ServiceConfig {

  public static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
  public static final String SCHEMA_REGISTRY_URL = "SCHEMA_REGISTRY_URL";
  public static final String STATE_DIR = "STATE_DIR";

  private static final String DEFAULT_BOOTSTRAP = "localhost:9092";
  private static final String DEFAULT_SCHEMA_REGISTRY = "http://localhost:8081";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");

  private final Properties fileProps = new Properties();
  private final String serviceName;

  private ServiceConfig(String serviceName) {
    this.serviceName = serviceName;
    String resource = "/" + serviceName + ".properties";
    try (InputStream in = ServiceConfig.class.getResourceAsStream(resource)) {
      if (in != null) {
        fileProps.load(in);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  public static ServiceConfig load(String serviceName) {
    return new ServiceConfig(serviceName);
  }

  public String serviceName() {
    return serviceName;
  }

  public String bootstrapServers() {
    return get(KAFKA_BOOTSTRAP_SERVERS, "kafka.bootstrap.servers", DEFAULT_BOOTSTRAP);
  }

  public String schemaRegistryUrl() {
    return get(SCHEMA_REGISTRY_URL, "schema.registry.url", DEFAULT_SCHEMA_REGISTRY);
  }

  public String stateDir() {
    return get(STATE_DIR, "state.dir", "/tmp/lattice-streams");
  }

  public String get(String envName, String propName, String fallback) {
    String env = System.getenv(envName);
    if (env != null && !env.isBlank()) {
      return env;
    }
    String prop = fileProps.getProperty(propName);
    if (prop != null) {
      return resolve(prop, fallback);
    }
    return fallback;
  }

  public int getInt(String envName, String propName, int fallback) {
    return Integer.parseInt(get(envName, propName, Integer.toString(fallback)));
  }

  public boolean flag(String envName, String propName, boolean fallback) {
    return Boolean.parseBoolean(get(envName, propName, Boolean.toString(fallback)));
  }

  static String resolve(String value, String fallback) {
    Matcher m = PLACEHOLDER.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String env = System.getenv(m.group(1));
      String replacement = env != null ? env : (m.group(2) != null ? m.group(2) : fallback);
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
