package io.maestroflow.redis.dao;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.maestroflow.core.model.TaskModel;
import io.maestroflow.core.model.WorkflowModel;
import io.maestroflow.dao.ExecutionDAO;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

@Component
@ConditionalOnProperty(name = "maestroflow.db.type", havingValue = "redis_standalone")
public class RedisExecutionDAO implements ExecutionDAO {

    private static final String WORKFLOW = "WORKFLOW";
    private static final String TASK = "TASK";

    private final JedisPool jedisPool;
    private final ObjectMapper objectMapper;
    private final String prefix;

    public RedisExecutionDAO(JedisPool jedisPool, ObjectMapper objectMapper,
                             @Value("${maestroflow.redis.workflowNamespacePrefix:maestroflow}") String prefix) {
        this.jedisPool = jedisPool;
        this.objectMapper = objectMapper;
        this.prefix = prefix;
    }

    private String nsKey(String... parts) {
        return prefix + "." + String.join(".", parts);
    }

    @Override
    public List<TaskModel> createTasks(List<TaskModel> tasks) {
        tasks.forEach(this::updateTask);
        return tasks;
    }

    @Override
    public void updateTask(TaskModel task) {
        try (Jedis jedis = jedisPool.getResource()) {
            jedis.set(nsKey(TASK, task.getTaskId()), objectMapper.writeValueAsString(task));
            jedis.sadd(nsKey("WORKFLOW_TO_TASKS", task.getWorkflowInstanceId()), task.getTaskId());
        } catch (Exception e) {
            throw new IllegalStateException("Unable to persist task " + task.getTaskId(), e);
        }
    }

    @Override
    public TaskModel getTask(String taskId) {
        try (Jedis jedis = jedisPool.getResource()) {
            String json = jedis.get(nsKey(TASK, taskId));
            return json == null ? null : objectMapper.readValue(json, TaskModel.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String createWorkflow(WorkflowModel workflow) {
        return updateWorkflow(workflow);
    }

    @Override
    public String updateWorkflow(WorkflowModel workflow) {
        try (Jedis jedis = jedisPool.getResource()) {
            jedis.set(nsKey(WORKFLOW, workflow.getWorkflowId()), objectMapper.writeValueAsString(workflow));
            return workflow.getWorkflowId();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public WorkflowModel getWorkflow(String workflowId, boolean includeTasks) {
        try (Jedis jedis = jedisPool.getResource()) {
            String json = jedis.get(nsKey(WORKFLOW, workflowId));
            return json == null ? null : objectMapper.readValue(json, WorkflowModel.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean removeWorkflow(String workflowId) {
        try (Jedis jedis = jedisPool.getResource()) {
            return jedis.del(nsKey(WORKFLOW, workflowId)) > 0;
        }
    }
}
