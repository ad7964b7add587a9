package io.syncbay.workload.api;

import io.syncbay.commons.temporal.TemporalConstants;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import jakarta.inject.Singleton;

/** Enqueues new workloads on the launcher Temporal task queue. */
@Singleton
public class WorkloadQueueService {

  @WorkflowInterface
  public interface LaunchWorkloadQueueWorkflow {
    @WorkflowMethod
    void enqueue(String workloadId);
  }

  private final WorkflowClient workflowClient;

  public WorkloadQueueService(final WorkflowClient workflowClient) {
    this.workflowClient = workflowClient;
  }

  public void create(final String workloadId, final String dataplaneGroup) {
    final LaunchWorkloadQueueWorkflow wf = workflowClient.newWorkflowStub(LaunchWorkloadQueueWorkflow.class,
        WorkflowOptions.newBuilder()
            .setTaskQueue(TemporalConstants.LAUNCHER_QUEUE + "-" + dataplaneGroup)
            .setWorkflowId("launch_" + workloadId)
            .build());
    WorkflowClient.start(wf::enqueue, workloadId);
  }
}
