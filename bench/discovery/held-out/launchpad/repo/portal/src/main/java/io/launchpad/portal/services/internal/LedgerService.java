package io.launchpad.portal.services.internal;

import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

public interface LedgerService {
  @GET("v2/applications")
  Call<List<Map<String, Object>>> getAllApplications();

  @GET("v2/applications/{name}")
  Call<Map<String, Object>> getApplication(@Path("name") String name);

  @GET("pipelines/{app}")
  Call<List<Map<String, Object>>> getPipelineConfigs(@Path("app") String app);

  @POST("pipelines")
  Call<Void> savePipeline(@Body Map<String, Object> pipeline);

  @DELETE("pipelines/{app}/{name}")
  Call<Void> deletePipeline(@Path("app") String app, @Path("name") String name);

  @GET("notifications/application/{app}")
  Call<Map<String, Object>> getNotificationConfig(@Path("app") String app);

  @GET("v2/projects")
  Call<List<Map<String, Object>>> getProjects();
}
