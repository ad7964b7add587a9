package io.maestroflow.core.events;

import io.maestroflow.core.events.queue.ObservableQueue;

/**
 * Each event-queue module (awssqs-event-queue, kafka-event-queue, amqp) registers one provider bean
 * when its {@code maestroflow.event-queues.<type>.enabled} property is true.
 */
public interface EventQueueProvider {

    String getQueueType();

    ObservableQueue getQueue(String queueURI);
}
