package io.sailyard.igor.scm.github;

import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.http.GET;
import retrofit2.http.Path;

/** Commit comparison for the "changes" tab and GitHub Actions status for CI stages. */
@Configuration
@ConditionalOnProperty("github.baseUrl")
public class GitHubConfig {

  @Bean
  public GitHubClient gitHubClient(
      @Value("${github.baseUrl}") String baseUrl,
      @Value("${github.accessToken:}") String accessToken) {
    OkHttpClient http =
        new OkHttpClient.Builder()
            .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                .header("Authorization", "token " + accessToken)
                .header("Accept", "application/vnd.github+json")
                .build()))
            .build();
    return new Retrofit.Builder()
        .baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/")
        .client(http)
        .addConverterFactory(JacksonConverterFactory.create())
        .build()
        .create(GitHubClient.class);
  }

  public interface GitHubClient {
    @GET("repos/{projectKey}/{repositorySlug}/compare/{fromCommit}...{toCommit}")
    Call<Map<String, Object>> getCompareCommits(
        @Path("projectKey") String projectKey, @Path("repositorySlug") String repositorySlug,
        @Path("fromCommit") String fromCommit, @Path("toCommit") String toCommit);

    @GET("repos/{owner}/{repo}/actions/runs")
    Call<Map<String, Object>> listWorkflowRuns(@Path("owner") String owner, @Path("repo") String repo);

    @GET("repos/{owner}/{repo}/tags")
    Call<List<Map<String, Object>>> listTags(@Path("owner") String owner, @Path("repo") String repo);
  }
}
