package io.maestroflow.dao;

import java.util.List;

/** Task queues backing worker polling. Implemented per maestroflow.queue.type. */
public interface QueueDAO {

    void push(String queueName, String id, int priority, long offsetTimeInSecond);

    List<String> pop(String queueName, int count, int timeout);

    boolean ack(String queueName, String id);

    void remove(String queueName, String messageId);

    long getSize(String queueName);

    boolean setUnackTimeout(String queueName, String id, long unackTimeout);
}
