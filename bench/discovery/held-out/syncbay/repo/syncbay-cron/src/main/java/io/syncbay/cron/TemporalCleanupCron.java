package io.syncbay.cron;

import io.micronaut.scheduling.annotation.Scheduled;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;

/** Finds connection-manager workflows for deleted connections and terminates them. */
@Singleton
public class TemporalCleanupCron {
  private final WorkflowServiceStubs stubs;
  private final WorkflowClient client;
  private final DataSource dataSource;

  public TemporalCleanupCron(final WorkflowServiceStubs stubs, final WorkflowClient client, final DataSource dataSource) {
    this.stubs = stubs;
    this.client = client;
    this.dataSource = dataSource;
  }

  @Scheduled(fixedRate = "1h")
  public void cleanUnreachableWorkflows() throws Exception {
    final var resp = stubs.blockingStub().listOpenWorkflowExecutions(
        ListOpenWorkflowExecutionsRequest.newBuilder().setNamespace("default").setMaximumPageSize(1000).build());
    try (Connection c = dataSource.getConnection();
         PreparedStatement ps = c.prepareStatement("SELECT status FROM connection WHERE id = ?::uuid")) {
      for (final var exec : resp.getExecutionsList()) {
        final String wfId = exec.getExecution().getWorkflowId();
        if (!wfId.startsWith("connection_manager_") || exec.getStatus() != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
          continue;
        }
        ps.setString(1, wfId.substring("connection_manager_".length()));
        try (var rs = ps.executeQuery()) {
          if (!rs.next() || "deprecated".equals(rs.getString(1))) {
            client.newUntypedWorkflowStub(wfId).terminate("connection deleted");
          }
        }
      }
    }
  }
}
