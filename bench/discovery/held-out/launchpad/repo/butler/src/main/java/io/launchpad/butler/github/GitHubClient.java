package io.launchpad.butler.github;

import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * GitHub REST API (github.baseUrl, default https://api.github.com). Used to resolve commit
 * ranges for the "changes" view and to poll GitHub Actions workflow runs as builds.
 */
public interface GitHubClient {
  @GET("repos/{owner}/{repo}/compare/{base}...{head}")
  Call<Map<String, Object>> compareCommits(@Path("owner") String owner, @Path("repo") String repo,
                                           @Path("base") String base, @Path("head") String head);

  @GET("repos/{owner}/{repo}/actions/runs")
  Call<Map<String, Object>> workflowRuns(@Path("owner") String owner, @Path("repo") String repo,
                                         @Query("branch") String branch,
                                         @Query("per_page") int perPage);

  @GET("repos/{owner}/{repo}/commits/{sha}/statuses")
  Call<List<Map<String, Object>>> statuses(@Path("owner") String owner, @Path("repo") String repo,
                                           @Path("sha") String sha);
}
