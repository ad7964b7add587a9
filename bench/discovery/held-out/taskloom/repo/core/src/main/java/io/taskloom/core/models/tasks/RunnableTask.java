package io.taskloom.core.models.tasks;

import io.taskloom.core.runners.RunContext;

/**
 * A task executed by a Worker. Flowable tasks (If, ForEach, Subflow...) are resolved by the Executor instead.
 */
public interface RunnableTask<T> {
    T run(RunContext runContext) throws Exception;
}
