package io.maestroflow.postgres.dao;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.maestroflow.core.model.TaskModel;
import io.maestroflow.core.model.WorkflowModel;
import io.maestroflow.dao.ExecutionDAO;

public class PostgresExecutionDAO implements ExecutionDAO {

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;

    public PostgresExecutionDAO(DataSource dataSource, ObjectMapper objectMapper) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.objectMapper = objectMapper;
    }

    @Override
    public List<TaskModel> createTasks(List<TaskModel> tasks) {
        tasks.forEach(this::updateTask);
        return tasks;
    }

    @Override
    public void updateTask(TaskModel task) {
        jdbc.update("INSERT INTO task (task_id, json_data, modified_on) VALUES (?, ?::jsonb, CURRENT_TIMESTAMP) "
                        + "ON CONFLICT (task_id) DO UPDATE SET json_data = excluded.json_data, modified_on = excluded.modified_on",
                task.getTaskId(), toJson(task));
    }

    @Override
    public TaskModel getTask(String taskId) {
        return jdbc.query("SELECT json_data FROM task WHERE task_id = ?",
                rs -> rs.next() ? fromJson(rs.getString(1), TaskModel.class) : null, taskId);
    }

    @Override
    public String createWorkflow(WorkflowModel workflow) {
        return updateWorkflow(workflow);
    }

    @Override
    public String updateWorkflow(WorkflowModel workflow) {
        jdbc.update("INSERT INTO workflow (workflow_id, correlation_id, json_data) VALUES (?, ?, ?::jsonb) "
                        + "ON CONFLICT (workflow_id) DO UPDATE SET json_data = excluded.json_data",
                workflow.getWorkflowId(), workflow.getCorrelationId(), toJson(workflow));
        return workflow.getWorkflowId();
    }

    @Override
    public WorkflowModel getWorkflow(String workflowId, boolean includeTasks) {
        return jdbc.query("SELECT json_data FROM workflow WHERE workflow_id = ?",
                rs -> rs.next() ? fromJson(rs.getString(1), WorkflowModel.class) : null, workflowId);
    }

    @Override
    public boolean removeWorkflow(String workflowId) {
        return jdbc.update("DELETE FROM workflow WHERE workflow_id = ?", workflowId) > 0;
    }

    private String toJson(Object o) {
        try {
            return objectMapper.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T fromJson(String json, Class<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
