package io.taskloom.core.runners;

import io.taskloom.core.models.executions.Execution;
import io.taskloom.core.models.tasks.Task;
import lombok.Builder;
import lombok.Getter;

/**
 * A task run sent by the executor to the workers through the workerJob queue.
 */
@Getter
@Builder(toBuilder = true)
public class WorkerTask {
    private Execution.TaskRun taskRun;
    private Task task;
    private RunContext runContext;

    public String uid() {
        return taskRun.getId();
    }
}
