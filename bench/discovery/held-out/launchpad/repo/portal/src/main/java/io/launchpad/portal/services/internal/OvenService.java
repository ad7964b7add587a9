package io.launchpad.portal.services.internal;

import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;

public interface OvenService {
  @GET("bakeOptions")
  Call<List<Map<String, Object>>> bakeOptions();

  @GET("bakeOptions/{cloudProvider}")
  Call<Map<String, Object>> bakeOptions(@Path("cloudProvider") String cloudProvider);

  @GET("api/v1/logs/{statusId}")
  Call<Map<String, Object>> logs(@Path("statusId") String statusId);
}
