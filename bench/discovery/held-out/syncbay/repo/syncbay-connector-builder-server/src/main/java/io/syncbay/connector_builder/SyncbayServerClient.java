package io.syncbay.connector_builder;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import java.util.Map;

/** Declarative client for the syncbay-server config API (resolves builder project secrets / manifests). */
@Client(id = "syncbay-server", path = "/api/v1")
public interface SyncbayServerClient {
  @Post("/connector_builder_projects/get_with_manifest")
  Map<String, Object> getProjectWithManifest(@Body Map<String, Object> request);

  @Post("/declarative_source_definitions/list_manifests")
  Map<String, Object> listManifests(@Body Map<String, Object> request);
}
