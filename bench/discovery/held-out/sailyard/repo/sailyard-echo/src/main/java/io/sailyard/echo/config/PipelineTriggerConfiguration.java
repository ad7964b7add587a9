package io.sailyard.echo.config;

import io.sailyard.kork.client.ServiceClientFactory;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/**
 * Pipeline triggering: echo keeps a cache of every pipeline config from front50, matches incoming
 * events (webhooks, docker tags and builds from igor, cron ticks, upstream pipelines) against their
 * triggers, and starts matching pipelines on orca.
 */
@Configuration
public class PipelineTriggerConfiguration {

  @Bean
  public Front50Service front50Service(ServiceClientFactory clients) {
    return clients.create(Front50Service.class, "front50");
  }

  @Bean
  @ConditionalOnExpression("${services.orca.enabled:true}")
  public OrcaService orcaService(ServiceClientFactory clients) {
    return clients.create(OrcaService.class, "orca");
  }

  /**
   * Build info enrichment for CI triggers. Off by default: igor already sends fully populated build
   * events, and the extra lookup is only needed for legacy Jenkins masters.
   */
  @Bean
  @ConditionalOnExpression("${igor.enabled:false}")
  public IgorService igorService(ServiceClientFactory clients) {
    return clients.create(IgorService.class, "igor");
  }

  public interface Front50Service {
    @GET("pipelines?restricted=false")
    Call<List<Map<String, Object>>> getPipelines();

    @GET("pipelines/{pipelineId}/get")
    Call<Map<String, Object>> getPipeline(@retrofit2.http.Path("pipelineId") String pipelineId);
  }

  public interface OrcaService {
    @POST("orchestrate")
    Call<Map<String, Object>> trigger(@Body Map<String, Object> pipeline, @Query("user") String runAs);

    @POST("plan")
    Call<Map<String, Object>> plan(@Body Map<String, Object> pipeline, @Query("resolveArtifacts") boolean resolve);
  }

  public interface IgorService {
    @GET("builds/status/{buildNumber}/{master}")
    Call<Map<String, Object>> getBuild(
        @retrofit2.http.Path("buildNumber") Integer buildNumber,
        @retrofit2.http.Path("master") String master,
        @Query("job") String job);
  }
}
