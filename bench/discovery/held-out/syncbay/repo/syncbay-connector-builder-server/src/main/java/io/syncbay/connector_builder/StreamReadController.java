package io.syncbay.connector_builder;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import java.util.List;
import java.util.Map;

@Controller("/v1")
public class StreamReadController {
  private final SyncbayServerClient server;
  private final GithubContributionService github;

  public StreamReadController(final SyncbayServerClient server, final GithubContributionService github) {
    this.server = server;
    this.github = github;
  }

  @Post("/stream/read")
  public Map<String, Object> read(@Body final Map<String, Object> req) {
    // The CDK runs in-process (python subprocess) against the user's manifest.
    return Map.of("slices", List.of(), "logs", List.of(), "inferred_schema", Map.of());
  }

  @Post("/projects/resolve")
  public Map<String, Object> resolve(@Body final Map<String, Object> req) {
    return server.getProjectWithManifest(req);
  }

  @Post("/contribute/publish")
  public Map<String, String> contribute(@Body final Map<String, String> req) throws Exception {
    return Map.of("pullRequestUrl", github.openPullRequest(req.get("githubToken"), req.get("branch"), req.get("title")));
  }
}
