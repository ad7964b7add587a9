package io.sailyard.orca.bakery.config;

import io.sailyard.kork.client.ServiceClientFactory;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Bake and "Bake (Manifest)" stages call rosco. */
@Configuration
@ConditionalOnExpression("${services.rosco.enabled:true}")
public class BakeryConfiguration {

  @Bean
  public BakeryService bakeryService(ServiceClientFactory clients) {
    return clients.create(BakeryService.class, "rosco");
  }

  public interface BakeryService {
    @POST("api/v1/{region}/bake")
    Call<Map<String, Object>> createBake(
        @Path("region") String region, @Body Map<String, Object> bake, @Query("rebake") String rebake);

    @GET("api/v1/{region}/status/{statusId}")
    Call<Map<String, Object>> lookupStatus(@Path("region") String region, @Path("statusId") String statusId);

    @POST("api/v2/manifest/bake/{type}")
    Call<Map<String, Object>> bakeManifest(@Path("type") String type, @Body Map<String, Object> request);
  }
}
