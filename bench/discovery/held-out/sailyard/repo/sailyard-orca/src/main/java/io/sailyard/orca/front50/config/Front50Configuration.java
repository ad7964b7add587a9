package io.sailyard.orca.front50.config;

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
import retrofit2.http.Path;

@Configuration
@ConditionalOnExpression("${front50.enabled:true}")
public class Front50Configuration {

  @Bean
  public Front50Service front50Service(ServiceClientFactory clients) {
    return clients.create(Front50Service.class, "front50");
  }

  public interface Front50Service {
    @GET("v2/applications/{applicationName}")
    Call<Map<String, Object>> get(@Path("applicationName") String applicationName);

    @GET("pipelines/{applicationName}?refresh=false")
    Call<List<Map<String, Object>>> getPipelines(@Path("applicationName") String applicationName);

    @POST("pipelines")
    Call<Void> savePipeline(@Body Map<String, Object> pipeline);

    @GET("pipelines/triggeredBy/{pipelineId}/{status}")
    Call<List<Map<String, Object>>> getTriggeredPipelines(
        @Path("pipelineId") String pipelineId, @Path("status") String status);
  }
}
