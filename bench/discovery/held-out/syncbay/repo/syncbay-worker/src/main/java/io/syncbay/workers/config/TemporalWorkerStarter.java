package io.syncbay.workers.config;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.syncbay.commons.temporal.TemporalConstants;
import io.syncbay.workers.activities.StateStorageActivityImpl;
import io.syncbay.workers.activities.WorkloadActivityImpl;
import io.syncbay.workers.workflows.SyncWorkflowImpl;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import jakarta.inject.Singleton;

/** Registers workflows/activities and starts polling the Temporal task queues. */
@Singleton
public class TemporalWorkerStarter implements ApplicationEventListener<ServerStartupEvent> {
  private final WorkflowClient workflowClient;
  private final WorkloadActivityImpl workloadActivity;
  private final StateStorageActivityImpl stateActivity;

  public TemporalWorkerStarter(final WorkflowClient workflowClient, final WorkloadActivityImpl workloadActivity,
                               final StateStorageActivityImpl stateActivity) {
    this.workflowClient = workflowClient;
    this.workloadActivity = workloadActivity;
    this.stateActivity = stateActivity;
  }

  @Override
  public void onApplicationEvent(final ServerStartupEvent event) {
    final WorkerFactory factory = WorkerFactory.newInstance(workflowClient);
    final Worker sync = factory.newWorker(TemporalConstants.SYNC_QUEUE);
    sync.registerWorkflowImplementationTypes(SyncWorkflowImpl.class);
    sync.registerActivitiesImplementations(workloadActivity, stateActivity);
    factory.newWorker(TemporalConstants.CONNECTION_MANAGER_QUEUE).registerActivitiesImplementations(workloadActivity);
    factory.start();
  }
}
