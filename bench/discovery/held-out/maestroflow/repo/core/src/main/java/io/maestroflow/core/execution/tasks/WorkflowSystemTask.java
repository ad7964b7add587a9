package io.maestroflow.core.execution.tasks;

import io.maestroflow.core.model.TaskModel;
import io.maestroflow.core.model.WorkflowModel;

/** Tasks executed inside the server (HTTP, EVENT, ...) rather than by external workers. */
public abstract class WorkflowSystemTask {

    private final String taskType;

    protected WorkflowSystemTask(String taskType) {
        this.taskType = taskType;
    }

    public void start(WorkflowModel workflow, TaskModel task) {}

    public boolean execute(WorkflowModel workflow, TaskModel task) {
        return false;
    }

    public boolean isAsync() {
        return false;
    }

    public String getTaskType() {
        return taskType;
    }
}
