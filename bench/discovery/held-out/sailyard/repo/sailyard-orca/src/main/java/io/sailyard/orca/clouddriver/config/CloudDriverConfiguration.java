package io.sailyard.orca.clouddriver.config;

import io.sailyard.kork.client.ServiceClientFactory;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Clients for clouddriver: oort (read cache), mort (security groups/networks) and kato (operations).
 * All three share services.clouddriver.baseUrl; read-only traffic can be split off to a replica by
 * setting services.clouddriver.readonly.baseUrl.
 */
@Configuration
public class CloudDriverConfiguration {

  @Bean
  public OortService oortService(ServiceClientFactory clients) {
    return clients.create(OortService.class, readOnlyOrDefault(clients));
  }

  @Bean
  public MortService mortService(ServiceClientFactory clients) {
    return clients.create(MortService.class, readOnlyOrDefault(clients));
  }

  @Bean
  public KatoRestService katoRestService(ServiceClientFactory clients) {
    return clients.create(KatoRestService.class, "clouddriver");
  }

  private ServiceClientFactory.ServiceEndpoint readOnlyOrDefault(ServiceClientFactory clients) {
    try {
      return clients.endpoint("clouddriver.readonly");
    } catch (IllegalStateException e) {
      return clients.endpoint("clouddriver");
    }
  }

  public interface OortService {
    @GET("applications/{app}/clusters/{account}/{cluster}")
    Call<Map<String, Object>> getCluster(
        @Path("app") String app, @Path("account") String account, @Path("cluster") String cluster);

    @GET("manifests/{account}/{location}/{name}")
    Call<Map<String, Object>> getManifest(
        @Path("account") String account, @Path("location") String location, @Path("name") String name);

    @GET("search")
    Call<List<Map<String, Object>>> getSearchResults(@Query("q") String q, @Query("type") String type);
  }

  public interface MortService {
    @GET("securityGroups/{account}/{type}/{region}/{name}")
    Call<Map<String, Object>> getSecurityGroup(
        @Path("account") String account, @Path("type") String type,
        @Path("region") String region, @Path("name") String name);
  }

  public interface KatoRestService {
    @POST("{cloudProvider}/ops")
    Call<Map<String, Object>> requestOperations(
        @Path("cloudProvider") String cloudProvider, @Query("clientRequestId") String clientRequestId,
        @Body List<Map<String, Object>> operations);

    @GET("task/{id}")
    Call<Map<String, Object>> lookupTask(@Path("id") String id);
  }
}
