package io.launchpad.sentinel.prometheus;

import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;

/**
 * Queries a Prometheus server as a canary metrics source: the same PromQL is evaluated for the
 * baseline and canary scopes over the analysis interval, and the series are compared.
 * Base URL: sentinel.prometheus.accounts[].endpoint.baseUrl.
 */
public interface PrometheusRemoteService {
  @GET("api/v1/query_range")
  Call<Map<String, Object>> rangeQuery(@Query("query") String query,
                                       @Query("start") String start,
                                       @Query("end") String end,
                                       @Query("step") Long step);

  @GET("api/v1/label/__name__/values")
  Call<Map<String, List<String>>> listMetricDescriptors();
}
