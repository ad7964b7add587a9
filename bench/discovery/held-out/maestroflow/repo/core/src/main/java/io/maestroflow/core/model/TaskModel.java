package io.maestroflow.core.model;

import java.util.HashMap;
import java.util.Map;

import lombok.Data;

@Data
public class TaskModel {

    public enum Status { SCHEDULED, IN_PROGRESS, COMPLETED, FAILED, FAILED_WITH_TERMINAL_ERROR, CANCELED, TIMED_OUT }

    private String taskId;
    private String taskType;
    private String referenceTaskName;
    private String workflowInstanceId;
    private String workerId;
    private Status status = Status.SCHEDULED;
    private String reasonForIncompletion;
    private Map<String, Object> inputData = new HashMap<>();
    private Map<String, Object> outputData = new HashMap<>();
    private long callbackAfterSeconds;
}
