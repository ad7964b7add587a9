package io.syncbay.workers.activities;

import io.micronaut.context.annotation.Value;
import io.syncbay.commons.json.Jsons;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Creates workloads on syncbay-workload-api-server and polls their status. */
@Singleton
public class WorkloadApiClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final String basePath;
  private final String bearerToken;

  public WorkloadApiClient(@Value("${syncbay.workload-api.base-path}") final String basePath,
                           @Value("${syncbay.workload-api.bearer-token:}") final String bearerToken) {
    this.basePath = basePath;
    this.bearerToken = bearerToken;
  }

  private String send(final String path, final Object body) {
    final HttpRequest req = HttpRequest.newBuilder(URI.create(basePath + path))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + bearerToken)
        .POST(HttpRequest.BodyPublishers.ofString(Jsons.serialize(body)))
        .build();
    try {
      return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException | InterruptedException e) {
      throw new RuntimeException(e);
    }
  }

  public void createWorkload(final String workloadId, final String type, final String payload) {
    send("/api/v1/workload/create", Map.of("workloadId", workloadId, "type", type, "workloadInput", payload));
  }

  public String getStatus(final String workloadId) {
    final HttpRequest req = HttpRequest.newBuilder(URI.create(basePath + "/api/v1/workload/" + workloadId))
        .header("Authorization", "Bearer " + bearerToken).GET().build();
    try {
      return Jsons.tree(http.send(req, HttpResponse.BodyHandlers.ofString()).body()).get("status").asText();
    } catch (IOException | InterruptedException e) {
      throw new RuntimeException(e);
    }
  }
}
