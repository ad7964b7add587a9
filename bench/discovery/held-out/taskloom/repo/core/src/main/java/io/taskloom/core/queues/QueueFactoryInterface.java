package io.taskloom.core.queues;

import io.taskloom.core.models.executions.Execution;
import io.taskloom.core.models.flows.Flow;
import io.taskloom.core.runners.WorkerTask;
import io.taskloom.core.runners.WorkerTaskResult;

public interface QueueFactoryInterface {
    String EXECUTION_NAMED = "executionQueue";
    String WORKERJOB_NAMED = "workerJobQueue";
    String WORKERTASKRESULT_NAMED = "workerTaskResultQueue";
    String FLOW_NAMED = "flowQueue";

    QueueInterface<Execution> execution();

    QueueInterface<WorkerTask> workerJob();

    QueueInterface<WorkerTaskResult> workerTaskResult();

    QueueInterface<Flow> flow();
}
