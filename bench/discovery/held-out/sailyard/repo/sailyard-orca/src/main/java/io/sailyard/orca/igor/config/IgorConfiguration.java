package io.sailyard.orca.igor.config;

import io.sailyard.kork.client.ServiceClientFactory;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** CI stages (build, wait-for-build, find-artifact-from-build, GitHub Actions dispatch) go through igor. */
@Configuration
@ConditionalOnExpression("${services.igor.enabled:false}")
public class IgorConfiguration {

  @Bean
  public IgorService igorService(ServiceClientFactory clients) {
    return clients.create(IgorService.class, "igor");
  }

  public interface IgorService {
    @PUT("masters/{name}/jobs/{jobName}")
    Call<String> build(
        @Path("name") String master, @Path(value = "jobName", encoded = true) String jobName,
        @Query("queryParams") Map<String, String> queryParams);

    @GET("builds/status/{buildNumber}/{master}/{job}")
    Call<Map<String, Object>> getBuild(
        @Path("buildNumber") Integer buildNumber, @Path("master") String master,
        @Path(value = "job", encoded = true) String job);

    @GET("builds/artifacts/{buildNumber}/{master}/{job}")
    Call<java.util.List<Map<String, Object>>> getArtifacts(
        @Path("buildNumber") Integer buildNumber, @Path("master") String master,
        @Path(value = "job", encoded = true) String job);
  }
}
