package io.maestroflow.dao;

import java.util.List;

import io.maestroflow.core.model.TaskModel;
import io.maestroflow.core.model.WorkflowModel;

/** Search index for executions. Implemented per maestroflow.indexing.type. */
public interface IndexDAO {

    void setup() throws Exception;

    void indexWorkflow(WorkflowModel workflow);

    void indexTask(TaskModel task);

    List<String> searchWorkflows(String query, String freeText, int start, int count, List<String> sort);

    void addEventExecution(String eventName, String payload);
}
