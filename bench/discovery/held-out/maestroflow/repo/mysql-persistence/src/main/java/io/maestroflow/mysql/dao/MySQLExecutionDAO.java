package io.maestroflow.mysql.dao;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.maestroflow.core.model.TaskModel;
import io.maestroflow.core.model.WorkflowModel;
import io.maestroflow.dao.ExecutionDAO;

/** Enabled with maestroflow.db.type=mysql; schema managed by spring.flyway (classpath:db/migration_mysql). */
@Repository
@ConditionalOnProperty(name = "maestroflow.db.type", havingValue = "mysql")
public class MySQLExecutionDAO implements ExecutionDAO {

    private final JdbcTemplate jdbc;
    private final ObjectMapper om;

    public MySQLExecutionDAO(DataSource dataSource, ObjectMapper objectMapper) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.om = objectMapper;
    }

    @Override
    public List<TaskModel> createTasks(List<TaskModel> tasks) {
        tasks.forEach(this::updateTask);
        return tasks;
    }

    @Override
    public void updateTask(TaskModel task) {
        jdbc.update("REPLACE INTO task (task_id, json_data) VALUES (?, ?)", task.getTaskId(), write(task));
    }

    @Override
    public TaskModel getTask(String taskId) {
        return jdbc.query("SELECT json_data FROM task WHERE task_id = ?",
                rs -> rs.next() ? read(rs.getString(1), TaskModel.class) : null, taskId);
    }

    @Override
    public String createWorkflow(WorkflowModel workflow) {
        return updateWorkflow(workflow);
    }

    @Override
    public String updateWorkflow(WorkflowModel workflow) {
        jdbc.update("REPLACE INTO workflow (workflow_id, json_data) VALUES (?, ?)", workflow.getWorkflowId(), write(workflow));
        return workflow.getWorkflowId();
    }

    @Override
    public WorkflowModel getWorkflow(String workflowId, boolean includeTasks) {
        return jdbc.query("SELECT json_data FROM workflow WHERE workflow_id = ?",
                rs -> rs.next() ? read(rs.getString(1), WorkflowModel.class) : null, workflowId);
    }

    @Override
    public boolean removeWorkflow(String workflowId) {
        return jdbc.update("DELETE FROM workflow WHERE workflow_id = ?", workflowId) > 0;
    }

    private String write(Object o) {
        try { return om.writeValueAsString(o); } catch (Exception e) { throw new IllegalStateException(e); }
    }

    private <T> T read(String s, Class<T> t) {
        try { return om.readValue(s, t); } catch (Exception e) { throw new IllegalStateException(e); }
    }
}
