package io.syncbay.server.handlers;

import io.syncbay.commons.temporal.TemporalConstants;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import jakarta.inject.Singleton;
import java.util.UUID;

/** Starts / signals the per-connection ConnectionManagerWorkflow in Temporal. */
@Singleton
public class SchedulerHandler {

  @WorkflowInterface
  public interface ConnectionManagerWorkflow {
    @WorkflowMethod
    void run(UUID connectionId);

    @SignalMethod
    void submitManualSync();

    @SignalMethod
    void cancelJob();
  }

  private final WorkflowClient workflowClient;

  public SchedulerHandler(final WorkflowClient workflowClient) {
    this.workflowClient = workflowClient;
  }

  public void startConnectionManager(final UUID connectionId) {
    final ConnectionManagerWorkflow wf = workflowClient.newWorkflowStub(ConnectionManagerWorkflow.class,
        WorkflowOptions.newBuilder()
            .setTaskQueue(TemporalConstants.CONNECTION_MANAGER_QUEUE)
            .setWorkflowId(TemporalConstants.CONNECTION_MANAGER_WORKFLOW_PREFIX + connectionId)
            .build());
    WorkflowClient.start(wf::run, connectionId);
  }

  public void syncConnection(final UUID connectionId) {
    workflowClient.newWorkflowStub(ConnectionManagerWorkflow.class,
        TemporalConstants.CONNECTION_MANAGER_WORKFLOW_PREFIX + connectionId).submitManualSync();
  }

  public void cancelJob(final UUID connectionId) {
    workflowClient.newWorkflowStub(ConnectionManagerWorkflow.class,
        TemporalConstants.CONNECTION_MANAGER_WORKFLOW_PREFIX + connectionId).cancelJob();
  }
}
