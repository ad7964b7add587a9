package io.launchpad.herald.conductor;

import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.POST;

/** Triggered pipelines (cron, webhook, build, artifact) are started in conductor. */
public interface ConductorService {
  @POST("orchestrate")
  Call<TriggerResponse> trigger(@Body Map<String, Object> pipeline,
                                @Header("X-LAUNCHPAD-USER") String runAsUser);

  @POST("plan")
  Call<Map<String, Object>> plan(@Body Map<String, Object> pipelineConfig);

  record TriggerResponse(String ref) {}
}
