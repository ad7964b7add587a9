package io.syncbay.config.init;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.syncbay.commons.json.Jsons;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Fetches the OSS connector registry from connectors.syncbay.io. */
@Singleton
@Requires(property = "syncbay.connector-registry.seed-provider", value = "remote")
public class RemoteDefinitionsProvider implements DefinitionsProvider {

  private final HttpClient httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
  private final URI registryUri;

  public RemoteDefinitionsProvider(
      @Value("${syncbay.connector-registry.remote.base-url:`https://connectors.syncbay.io/files`}") final String baseUrl) {
    this.registryUri = URI.create(baseUrl + "/registries/v0/oss_registry.json");
  }

  private JsonNode registry() {
    final HttpRequest request = HttpRequest.newBuilder(registryUri).timeout(Duration.ofSeconds(30)).GET().build();
    try {
      final HttpResponse<String> resp = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
      if (resp.statusCode() != 200) {
        throw new IllegalStateException("registry returned " + resp.statusCode());
      }
      return Jsons.tree(resp.body());
    } catch (final IOException | InterruptedException e) {
      throw new RuntimeException("failed to fetch connector registry " + registryUri, e);
    }
  }

  @Override
  public List<JsonNode> getSourceDefinitions() {
    final List<JsonNode> out = new ArrayList<>();
    registry().get("sources").forEach(out::add);
    return out;
  }

  @Override
  public List<JsonNode> getDestinationDefinitions() {
    final List<JsonNode> out = new ArrayList<>();
    registry().get("destinations").forEach(out::add);
    return out;
  }
}
