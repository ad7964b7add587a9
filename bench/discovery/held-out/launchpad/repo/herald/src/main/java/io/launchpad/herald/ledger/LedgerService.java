package io.launchpad.herald.ledger;

import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * herald keeps an in-memory cache of every enabled pipeline with triggers, refreshed from ledger
 * every scheduler.pipelineConfigsPoller.pollingIntervalMs.
 */
public interface LedgerService {
  @GET("pipelines")
  Call<List<Map<String, Object>>> getPipelines(@Query("enabledPipelines") boolean enabledOnly,
                                               @Query("enabledTriggers") boolean enabledTriggers);

  @GET("pipelines/{id}/get")
  Call<Map<String, Object>> getPipeline(@Path("id") String id);

  @GET("notifications/application/{app}")
  Call<Map<String, Object>> getApplicationNotifications(@Path("app") String app);
}
