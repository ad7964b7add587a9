package io.maestroflow.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.Data;

@Data
public class WorkflowModel {

    public enum Status { RUNNING, COMPLETED, FAILED, TIMED_OUT, TERMINATED, PAUSED }

    private String workflowId;
    private String workflowName;
    private int workflowVersion;
    private String correlationId;
    private Status status = Status.RUNNING;
    private Map<String, Object> input = new HashMap<>();
    private Map<String, Object> output = new HashMap<>();
    private List<TaskModel> tasks = new ArrayList<>();
}
