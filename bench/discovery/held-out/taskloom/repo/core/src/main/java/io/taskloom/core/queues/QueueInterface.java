package io.taskloom.core.queues;

import java.io.Closeable;
import java.util.function.Consumer;

public interface QueueInterface<T> extends Closeable {
    default void emit(T message) throws QueueException {
        emit(null, message);
    }

    void emit(String consumerGroup, T message) throws QueueException;

    default Runnable receive(Consumer<T> consumer) {
        return receive((String) null, consumer);
    }

    /**
     * Consume messages for a consumer group; messages that cannot be deserialized are logged and skipped.
     * @return a runnable that cancels the subscription
     */
    Runnable receive(String consumerGroup, Consumer<T> consumer);

    default Runnable receive(Class<?> queueType, Consumer<T> consumer) {
        return receive(queueType.getName(), consumer);
    }

    void pause();

    class QueueException extends Exception {
        public QueueException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
