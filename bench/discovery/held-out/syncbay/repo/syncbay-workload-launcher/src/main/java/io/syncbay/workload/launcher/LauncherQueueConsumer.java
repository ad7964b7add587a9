package io.syncbay.workload.launcher;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.syncbay.workload.launcher.client.ConnectionApiClient;
import io.syncbay.workload.launcher.client.WorkloadApiClient;
import io.syncbay.workload.launcher.pods.KubePodLauncher;
import io.temporal.activity.ActivityInterface;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.WorkerFactory;
import jakarta.inject.Singleton;
import java.util.Map;

/** Polls the launcher-queue Temporal task queue and launches claimed workloads as pods. */
@Singleton
public class LauncherQueueConsumer implements ApplicationEventListener<ServerStartupEvent> {

  @ActivityInterface
  public interface LaunchActivity {
    void launch(String workloadId);
  }

  private final WorkflowClient workflowClient;
  private final WorkloadApiClient workloadApi;
  private final ConnectionApiClient connectionApi;
  private final KubePodLauncher podLauncher;
  private final String queue;
  private final String dataplaneId;

  public LauncherQueueConsumer(final WorkflowClient workflowClient, final WorkloadApiClient workloadApi,
                               final ConnectionApiClient connectionApi, final KubePodLauncher podLauncher,
                               @Value("${temporal.queue}") final String queue,
                               @Value("${syncbay.data-plane-id}") final String dataplaneId) {
    this.workflowClient = workflowClient;
    this.workloadApi = workloadApi;
    this.connectionApi = connectionApi;
    this.podLauncher = podLauncher;
    this.queue = queue;
    this.dataplaneId = dataplaneId;
  }

  @Override
  public void onApplicationEvent(final ServerStartupEvent event) {
    final WorkerFactory factory = WorkerFactory.newInstance(workflowClient);
    factory.newWorker(queue).registerActivitiesImplementations((LaunchActivity) this::handle);
    factory.start();
  }

  void handle(final String workloadId) {
    try {
      if (!workloadApi.claim(workloadId, dataplaneId)) {
        return;
      }
      final String connectionId = workloadId.substring(0, 36);
      final Map<String, Object> connection = connectionApi.getConnection(java.util.UUID.fromString(connectionId));
      podLauncher.launch(workloadId, "syncbay/container-orchestrator:0.64.2",
          Map.of("workload_id", workloadId, "connection_id", String.valueOf(connection.get("id"))));
      workloadApi.setStatus(workloadId, "launched");
    } catch (final Exception e) {
      throw new RuntimeException("failed to launch " + workloadId, e);
    }
  }
}
