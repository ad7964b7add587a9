package io.taskloom.jdbc.runner;

import io.micronaut.context.ApplicationContext;
import io.taskloom.core.models.executions.Execution;
import io.taskloom.core.queues.QueueFactoryInterface;
import io.taskloom.core.queues.QueueInterface;
import io.taskloom.core.repositories.ExecutionRepositoryInterface;
import io.taskloom.core.repositories.FlowRepositoryInterface;
import io.taskloom.core.runners.WorkerTask;
import io.taskloom.core.runners.WorkerTaskResult;
import io.taskloom.executor.ExecutorService;
import io.taskloom.jdbc.JooqDSLContextWrapper;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import lombok.extern.slf4j.Slf4j;
import org.jooq.impl.DSL;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;

@Singleton
@Slf4j
public class JdbcExecutor implements Runnable, Closeable {
    @Inject
    @Named(QueueFactoryInterface.EXECUTION_NAMED)
    private QueueInterface<Execution> executionQueue;

    @Inject
    @Named(QueueFactoryInterface.WORKERJOB_NAMED)
    private QueueInterface<WorkerTask> workerJobQueue;

    @Inject
    @Named(QueueFactoryInterface.WORKERTASKRESULT_NAMED)
    private QueueInterface<WorkerTaskResult> workerTaskResultQueue;

    @Inject
    private ExecutionRepositoryInterface executionRepository;

    @Inject
    private FlowRepositoryInterface flowRepository;

    @Inject
    private ExecutorService executorService;

    @Inject
    private JooqDSLContextWrapper dslContextWrapper;

    @Inject
    private ApplicationContext applicationContext;

    private final List<Runnable> receiveCancellations = new ArrayList<>();

    @Override
    public void run() {
        this.receiveCancellations.add(this.executionQueue.receive(Executor.class, this::executionQueue));

        this.receiveCancellations.add(this.workerTaskResultQueue.receive(Executor.class, this::workerTaskResultQueue));
    }

    private void executionQueue(Execution message) {
        dslContextWrapper.transaction(configuration -> {
            // lock the execution row so that only one executor instance processes it
            DSL.using(configuration).execute("SELECT 1 FROM executor_state WHERE key = ? FOR UPDATE", message.getId());

            flowRepository.findById(message.getTenantId(), message.getNamespace(), message.getFlowId(), java.util.Optional.ofNullable(message.getFlowRevision()))
                .ifPresent(flow -> {
                    ExecutorService.Result result = executorService.process(flow, message);
                    executionRepository.save(result.execution());
                    result.workerJobs().forEach(job -> {
                        try {
                            workerJobQueue.emit(job);
                        } catch (QueueInterface.QueueException e) {
                            log.error("Unable to emit the worker job", e);
                        }
                    });
                    if (!result.execution().equals(message)) {
                        try {
                            executionQueue.emit(result.execution());
                        } catch (QueueInterface.QueueException e) {
                            log.error("Unable to emit the execution", e);
                        }
                    }
                });
        });
    }

    private void workerTaskResultQueue(WorkerTaskResult message) {
        executionRepository.findById(null, message.getTaskRun().getExecutionId()).ifPresent(execution -> {
            Execution updated = executorService.addTaskRunResult(execution, message);
            try {
                executionQueue.emit(updated);
            } catch (QueueInterface.QueueException e) {
                log.error("Unable to emit the execution", e);
            }
        });
    }

    @Override
    public void close() {
        this.receiveCancellations.forEach(Runnable::run);
    }

    private static final class Executor {}
}
