package io.maestroflow.dao;

import java.util.List;

import io.maestroflow.core.model.TaskModel;
import io.maestroflow.core.model.WorkflowModel;

/** Persistence of workflow and task runtime state. Implemented per maestroflow.db.type. */
public interface ExecutionDAO {

    List<TaskModel> createTasks(List<TaskModel> tasks);

    void updateTask(TaskModel task);

    TaskModel getTask(String taskId);

    String createWorkflow(WorkflowModel workflow);

    String updateWorkflow(WorkflowModel workflow);

    WorkflowModel getWorkflow(String workflowId, boolean includeTasks);

    boolean removeWorkflow(String workflowId);
}
