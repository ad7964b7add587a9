package io.syncbay.connector_builder;

import io.micronaut.context.annotation.Value;
import io.syncbay.commons.json.Jsons;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** "Contribute to syncbay": forks the repo and opens a PR with the user's low-code manifest. */
@Singleton
public class GithubContributionService {
  private final HttpClient http = HttpClient.newHttpClient();
  private final String apiUrl;
  private final String repository;
  private final boolean enabled;

  public GithubContributionService(@Value("${syncbay.connector-builder.github.api-url}") final String apiUrl,
                                   @Value("${syncbay.connector-builder.github.repository}") final String repository,
                                   @Value("${syncbay.connector-builder.github.contribution-enabled}") final boolean enabled) {
    this.apiUrl = apiUrl;
    this.repository = repository;
    this.enabled = enabled;
  }

  public String openPullRequest(final String userToken, final String branch, final String title) throws Exception {
    if (!enabled) {
      throw new IllegalStateException("GitHub contributions are disabled");
    }
    final HttpRequest req = HttpRequest.newBuilder(URI.create(apiUrl + "/repos/" + repository + "/pulls"))
        .header("Authorization", "Bearer " + userToken)
        .header("Accept", "application/vnd.github+json")
        .POST(HttpRequest.BodyPublishers.ofString(Jsons.serialize(
            Map.of("title", title, "head", branch, "base", "master", "maintainer_can_modify", true))))
        .build();
    final HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
    return Jsons.tree(resp.body()).get("html_url").asText();
  }
}
