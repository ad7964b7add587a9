package io.taskloom.worker;

import io.micronaut.context.annotation.Parameter;
import io.micronaut.context.annotation.Prototype;
import io.taskloom.core.models.executions.Execution;
import io.taskloom.core.models.tasks.RunnableTask;
import io.taskloom.core.queues.QueueFactoryInterface;
import io.taskloom.core.queues.QueueInterface;
import io.taskloom.core.runners.WorkerTask;
import io.taskloom.core.runners.WorkerTaskResult;
import io.taskloom.core.utils.JacksonMapper;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.extern.slf4j.Slf4j;

import java.io.Closeable;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Polls worker jobs from the queue and runs {@link RunnableTask}s (HTTP requests, notifications, scripts...).
 * Each task receives a RunContext giving it access to the internal storage and secrets.
 */
@Slf4j
@Prototype
public class DefaultWorker implements Runnable, Closeable {
    @Inject
    @Named(QueueFactoryInterface.WORKERJOB_NAMED)
    private QueueInterface<WorkerTask> workerJobQueue;

    @Inject
    @Named(QueueFactoryInterface.WORKERTASKRESULT_NAMED)
    private QueueInterface<WorkerTaskResult> workerTaskResultQueue;

    private final ExecutorService executors;
    private final String workerGroup;
    private Runnable receiveCancellation;

    @Inject
    public DefaultWorker(@Parameter Integer numThreads, @Parameter String workerGroupKey) {
        this.executors = Executors.newFixedThreadPool(numThreads == null ? Runtime.getRuntime().availableProcessors() * 4 : numThreads);
        this.workerGroup = workerGroupKey;
    }

    @Override
    public void run() {
        this.receiveCancellation = workerJobQueue.receive(DefaultWorker.class, workerTask ->
            executors.execute(() -> handleTask(workerTask))
        );
    }

    @SuppressWarnings("unchecked")
    private void handleTask(WorkerTask workerTask) {
        Execution.TaskRun taskRun = workerTask.getTaskRun().withState(Execution.State.RUNNING);
        try {
            RunnableTask<?> task = (RunnableTask<?>) workerTask.getTask();
            Object output = task.run(workerTask.getRunContext());
            taskRun = taskRun
                .withOutputs(output == null ? null : JacksonMapper.ofJson().convertValue(output, Map.class))
                .withState(Execution.State.SUCCESS);
        } catch (Exception e) {
            workerTask.getRunContext().logger().error("Task '{}' failed: {}", workerTask.getTask().getId(), e.getMessage(), e);
            taskRun = taskRun.withState(workerTask.getTask().isAllowFailure() ? Execution.State.WARNING : Execution.State.FAILED);
        }

        try {
            workerTaskResultQueue.emit(WorkerTaskResult.builder().taskRun(taskRun).build());
        } catch (QueueInterface.QueueException e) {
            log.error("Unable to emit the worker task result", e);
        }
    }

    @Override
    public void close() {
        if (receiveCancellation != null) {
            receiveCancellation.run();
        }
        executors.shutdown();
    }
}
