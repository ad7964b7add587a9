package io.syncbay.workload.launcher.client;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;

/** Resolves connection/workspace metadata (resource requirements, labels) from syncbay-server. */
@Singleton
public class ConnectionApiClient {
  private final HttpClient client;
  private final String basePath;

  public ConnectionApiClient(@Client final HttpClient client,
                             @Value("${syncbay.internal-api.base-path}") final String basePath) {
    this.client = client;
    this.basePath = basePath;
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> getConnection(final UUID connectionId) {
    return client.toBlocking().retrieve(
        HttpRequest.POST(basePath + "/v1/connections/get", Map.of("connectionId", connectionId)), Map.class);
  }
}
