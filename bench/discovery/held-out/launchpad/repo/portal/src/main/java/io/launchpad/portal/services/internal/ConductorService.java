package io.launchpad.portal.services.internal;

import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

public interface ConductorService {
  @POST("ops")
  Call<Map<String, Object>> startTask(@Body Map<String, Object> task);

  @POST("orchestrate")
  Call<Map<String, Object>> startPipeline(@Body Map<String, Object> pipelineConfig,
                                          @Query("user") String user);

  @GET("pipelines/{id}")
  Call<Map<String, Object>> getPipeline(@Path("id") String id);

  @GET("applications/{application}/pipelines")
  Call<List<Map<String, Object>>> getPipelines(@Path("application") String application,
                                               @Query("limit") Integer limit,
                                               @Query("statuses") String statuses);

  @PUT("pipelines/{id}/cancel")
  Call<Void> cancelPipeline(@Path("id") String id, @Query("reason") String reason);

  @DELETE("pipelines/{id}")
  Call<Void> deletePipeline(@Path("id") String id);

  @GET("tasks/{id}")
  Call<Map<String, Object>> getTask(@Path("id") String id);
}
