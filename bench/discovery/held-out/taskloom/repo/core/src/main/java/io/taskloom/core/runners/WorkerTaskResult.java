package io.taskloom.core.runners;

import io.taskloom.core.models.executions.Execution;
import lombok.Builder;
import lombok.Value;

import java.util.List;

@Value
@Builder
public class WorkerTaskResult {
    Execution.TaskRun taskRun;
    List<Execution.TaskRun> dynamicTaskRuns;
}
