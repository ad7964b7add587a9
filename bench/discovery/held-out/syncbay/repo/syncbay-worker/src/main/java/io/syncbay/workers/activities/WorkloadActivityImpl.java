package io.syncbay.workers.activities;

import io.syncbay.commons.json.Jsons;
import io.syncbay.workers.config.SyncbayInternalApi;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;

@Singleton
public class WorkloadActivityImpl implements WorkloadActivityImpl.WorkloadActivity {

  @ActivityInterface
  public interface WorkloadActivity {
    @ActivityMethod
    String launchSync(UUID connectionId, long jobId, int attempt);

    @ActivityMethod
    String pollStatus(String workloadId);
  }

  private final WorkloadApiClient workloadApi;
  private final SyncbayInternalApi internalApi;

  public WorkloadActivityImpl(final WorkloadApiClient workloadApi, final SyncbayInternalApi internalApi) {
    this.workloadApi = workloadApi;
    this.internalApi = internalApi;
  }

  @Override
  public String launchSync(final UUID connectionId, final long jobId, final int attempt) {
    final var connection = internalApi.getConnection(connectionId);
    final String workloadId = connectionId + "_" + jobId + "_" + attempt + "_sync";
    workloadApi.createWorkload(workloadId, "sync",
        Jsons.serialize(Map.of("connection", connection, "jobId", jobId, "attempt", attempt)));
    return workloadId;
  }

  @Override
  public String pollStatus(final String workloadId) {
    return workloadApi.getStatus(workloadId);
  }
}
