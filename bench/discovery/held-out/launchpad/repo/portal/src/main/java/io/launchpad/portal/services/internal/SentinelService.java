package io.launchpad.portal.services.internal;

import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

public interface SentinelService {
  @GET("canaryConfig")
  Call<List<Map<String, Object>>> getCanaryConfigs(@Query("application") String application);

  @GET("canaryConfig/{id}")
  Call<Map<String, Object>> getCanaryConfig(@Path("id") String id);

  @GET("canary/{canaryExecutionId}")
  Call<Map<String, Object>> getCanaryResult(@Path("canaryExecutionId") String id,
                                            @Query("storageAccountName") String storageAccount);

  @GET("metadata/metricsService")
  Call<List<Map<String, Object>>> listMetricsServices();
}
