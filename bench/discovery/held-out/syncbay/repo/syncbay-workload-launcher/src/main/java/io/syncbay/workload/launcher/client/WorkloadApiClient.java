package io.syncbay.workload.launcher.client;

import io.micronaut.context.annotation.Value;
import io.syncbay.commons.json.Jsons;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

@Singleton
public class WorkloadApiClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final String basePath;
  private final String token;

  public WorkloadApiClient(@Value("${syncbay.workload-api.base-path}") final String basePath,
                           @Value("${syncbay.workload-api.bearer-token:}") final String token) {
    this.basePath = basePath;
    this.token = token;
  }

  private HttpResponse<String> put(final String path, final Map<String, ?> body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(basePath + "/api/v1/workload" + path))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(Jsons.serialize(body))).build(), HttpResponse.BodyHandlers.ofString());
  }

  public boolean claim(final String workloadId, final String dataplaneId) throws Exception {
    return Jsons.tree(put("/claim", Map.of("workloadId", workloadId, "dataplaneId", dataplaneId)).body())
        .get("claimed").asBoolean();
  }

  public void setStatus(final String workloadId, final String status) throws Exception {
    put("/status", Map.of("workloadId", workloadId, "status", status));
  }

  public String getInput(final String workloadId) throws Exception {
    return Jsons.tree(http.send(HttpRequest.newBuilder(URI.create(basePath + "/api/v1/workload/" + workloadId))
        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body())
        .get("inputPayload").asText();
  }
}
