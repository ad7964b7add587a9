package io.syncbay.workers.workflows;

import io.syncbay.workers.activities.StateStorageActivityImpl.StateStorageActivity;
import io.syncbay.workers.activities.WorkloadActivityImpl.WorkloadActivity;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.UUID;

public class SyncWorkflowImpl implements SyncWorkflowImpl.SyncWorkflow {

  @WorkflowInterface
  public interface SyncWorkflow {
    @WorkflowMethod
    String run(UUID connectionId, long jobId, int attempt);
  }

  private final WorkloadActivity workload = Workflow.newActivityStub(WorkloadActivity.class,
      ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(5)).build());
  private final StateStorageActivity state = Workflow.newActivityStub(StateStorageActivity.class,
      ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(1)).build());

  @Override
  public String run(final UUID connectionId, final long jobId, final int attempt) {
    final String workloadId = workload.launchSync(connectionId, jobId, attempt);
    String status = workload.pollStatus(workloadId);
    while (!"success".equals(status) && !"failure".equals(status) && !"cancelled".equals(status)) {
      Workflow.sleep(Duration.ofSeconds(30));
      status = workload.pollStatus(workloadId);
    }
    return status;
  }
}
