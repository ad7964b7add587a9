package io.syncbay.workers.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.syncbay.commons.json.Jsons;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Thin client over syncbay-server's /api/v1 endpoints. */
public class SyncbayInternalApi {
  private static final MediaType JSON = MediaType.get("application/json");
  private final OkHttpClient client;
  private final String basePath;

  public SyncbayInternalApi(final OkHttpClient client, final String basePath) {
    this.client = client;
    this.basePath = basePath;
  }

  private JsonNode post(final String path, final Object body) {
    final Request req = new Request.Builder().url(basePath + path)
        .post(RequestBody.create(Jsons.serialize(body), JSON)).build();
    try (Response resp = client.newCall(req).execute()) {
      if (!resp.isSuccessful()) {
        throw new IllegalStateException(path + " -> " + resp.code());
      }
      return Jsons.tree(resp.body().string());
    } catch (final IOException e) {
      throw new RuntimeException(e);
    }
  }

  public JsonNode getConnection(final UUID connectionId) {
    return post("/v1/connections/get", Map.of("connectionId", connectionId));
  }

  public JsonNode createJob(final UUID connectionId) {
    return post("/v1/jobs/create", Map.of("connectionId", connectionId));
  }

  public void jobSuccess(final long jobId, final int attempt) {
    post("/v1/jobs/job_success", Map.of("jobId", jobId, "attemptNumber", attempt));
  }

  public void jobFailure(final long jobId, final int attempt, final String reason) {
    post("/v1/jobs/job_failure", Map.of("jobId", jobId, "attemptNumber", attempt, "reason", reason));
  }
}
