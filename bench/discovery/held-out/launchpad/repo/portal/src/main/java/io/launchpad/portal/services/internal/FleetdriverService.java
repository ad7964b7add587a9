package io.launchpad.portal.services.internal;

import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

public interface FleetdriverService {
  @GET("credentials")
  Call<List<Map<String, Object>>> getAccounts(@Query("expand") boolean expand);

  @GET("applications/{application}/serverGroups")
  Call<List<Map<String, Object>>> getServerGroups(@Path("application") String application);

  @GET("applications/{application}/loadBalancers")
  Call<List<Map<String, Object>>> getLoadBalancers(@Path("application") String application);

  @GET("instances/{account}/{region}/{instanceId}")
  Call<Map<String, Object>> getInstance(@Path("account") String account,
                                        @Path("region") String region,
                                        @Path("instanceId") String instanceId);

  @GET("search")
  Call<List<Map<String, Object>>> search(@Query("q") String query, @Query("type") String type,
                                         @Query("pageSize") Integer pageSize);

  @GET("images/find")
  Call<List<Map<String, Object>>> findImages(@Query("q") String query,
                                             @Query("region") String region);
}
