package io.taskloom.executor;

import io.taskloom.core.models.executions.Execution;
import io.taskloom.core.models.flows.Flow;
import io.taskloom.core.models.tasks.RunnableTask;
import io.taskloom.core.models.tasks.Task;
import io.taskloom.core.runners.RunContext;
import io.taskloom.core.runners.RunContextFactory;
import io.taskloom.core.runners.WorkerTask;
import io.taskloom.core.runners.WorkerTaskResult;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import lombok.extern.slf4j.Slf4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Pure state machine of an execution: decides the next task runs, resolves flowable tasks in place and
 * produces the {@link WorkerTask}s that must be sent to the workers.
 */
@Singleton
@Slf4j
public class ExecutorService {
    @Inject
    private RunContextFactory runContextFactory;

    @Inject
    private ExecutableUtils executableUtils;

    public Result process(Flow flow, Execution execution) {
        if (execution.isTerminated()) {
            return new Result(execution, List.of());
        }

        Set<String> started = execution.getTaskRunList().stream()
            .map(Execution.TaskRun::getTaskId)
            .collect(Collectors.toSet());

        List<WorkerTask> workerJobs = new ArrayList<>();
        Execution current = execution.withState(Execution.State.RUNNING);

        for (Task task : flow.getTasks()) {
            if (started.contains(task.getId())) {
                continue;
            }
            RunContext runContext = runContextFactory.of(flow, current);
            Execution.TaskRun taskRun = Execution.TaskRun.builder()
                .id(UUID.randomUUID().toString())
                .executionId(current.getId())
                .taskId(task.getId())
                .state(Execution.State.CREATED)
                .attempts(0)
                .build();

            if (task instanceof RunnableTask<?>) {
                workerJobs.add(WorkerTask.builder().task(task).taskRun(taskRun).runContext(runContext).build());
            } else {
                taskRun = executableUtils.resolveExecutable(runContext, task, taskRun);
            }

            List<Execution.TaskRun> list = new ArrayList<>(current.getTaskRunList());
            list.add(taskRun);
            current = current.withTaskRunList(list);
            break;
        }

        if (workerJobs.isEmpty() && allTerminated(current, flow)) {
            current = current.withState(Execution.State.SUCCESS).withEndDate(java.time.Instant.now());
        }

        return new Result(current, workerJobs);
    }

    public Execution addTaskRunResult(Execution execution, WorkerTaskResult result) {
        List<Execution.TaskRun> list = execution.getTaskRunList().stream()
            .map(tr -> tr.getId().equals(result.getTaskRun().getId()) ? result.getTaskRun() : tr)
            .collect(Collectors.toCollection(ArrayList::new));
        if (result.getTaskRun().getState() == Execution.State.FAILED) {
            return execution.withTaskRunList(list).withState(Execution.State.FAILED);
        }
        return execution.withTaskRunList(list);
    }

    private boolean allTerminated(Execution execution, Flow flow) {
        return execution.getTaskRunList().size() == flow.getTasks().size()
            && execution.getTaskRunList().stream().allMatch(tr -> tr.getState() == Execution.State.SUCCESS);
    }

    public record Result(Execution execution, List<WorkerTask> workerJobs) {}
}
