package io.syncbay.config.init;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Requires;
import io.syncbay.commons.json.Jsons;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the registry bundled in the jar (seed/oss_registry.json). */
@Singleton
@Requires(property = "syncbay.connector-registry.seed-provider", value = "local")
public class LocalDefinitionsProvider implements DefinitionsProvider {

  private JsonNode load() {
    try (InputStream in = getClass().getResourceAsStream("/seed/oss_registry.json")) {
      return Jsons.tree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (final IOException e) {
      throw new RuntimeException(e);
    }
  }

  @Override
  public List<JsonNode> getSourceDefinitions() {
    final List<JsonNode> out = new ArrayList<>();
    load().get("sources").forEach(out::add);
    return out;
  }

  @Override
  public List<JsonNode> getDestinationDefinitions() {
    final List<JsonNode> out = new ArrayList<>();
    load().get("destinations").forEach(out::add);
    return out;
  }
}
