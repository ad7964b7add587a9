package io.taskloom.core.models.executions;

import lombok.Builder;
import lombok.Value;
import lombok.With;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Value
@Builder(toBuilder = true)
@With
public class Execution {
    String id;
    String tenantId;
    String namespace;
    String flowId;
    Integer flowRevision;

    @Builder.Default
    List<TaskRun> taskRunList = new ArrayList<>();

    Map<String, Object> inputs;
    Map<String, Object> outputs;
    Map<String, Object> labels;

    @Builder.Default
    State state = State.CREATED;

    String parentId;
    String originalId;
    Instant startDate;
    Instant endDate;

    public static Execution newExecution(String tenantId, String namespace, String flowId, Integer revision, Map<String, Object> inputs) {
        return Execution.builder()
            .id(UUID.randomUUID().toString())
            .tenantId(tenantId)
            .namespace(namespace)
            .flowId(flowId)
            .flowRevision(revision)
            .inputs(inputs)
            .startDate(Instant.now())
            .build();
    }

    public boolean isTerminated() {
        return state == State.SUCCESS || state == State.FAILED || state == State.KILLED || state == State.WARNING;
    }

    public enum State {
        CREATED, RUNNING, PAUSED, RESTARTED, KILLING, SUCCESS, WARNING, FAILED, KILLED, QUEUED
    }

    @Value
    @Builder(toBuilder = true)
    @With
    public static class TaskRun {
        String id;
        String executionId;
        String taskId;
        String parentTaskRunId;
        String value;
        Map<String, Object> outputs;
        State state;
        Integer attempts;
    }
}
