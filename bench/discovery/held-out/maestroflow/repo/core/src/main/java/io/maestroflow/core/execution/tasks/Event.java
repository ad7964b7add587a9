package io.maestroflow.core.execution.tasks;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.maestroflow.core.events.EventQueues;
import io.maestroflow.core.events.queue.ObservableQueue.Message;
import io.maestroflow.core.events.queue.ObservableQueue;
import io.maestroflow.core.model.TaskModel;
import io.maestroflow.core.model.WorkflowModel;

/** EVENT system task: publishes the task input to the queue named by the task's sink. */
@Component("EVENT")
public class Event extends WorkflowSystemTask {

    private final EventQueues eventQueues;
    private final ObjectMapper objectMapper;

    public Event(EventQueues eventQueues, ObjectMapper objectMapper) {
        super("EVENT");
        this.eventQueues = eventQueues;
        this.objectMapper = objectMapper;
    }

    @Override
    public void start(WorkflowModel workflow, TaskModel task) {
        String sink = (String) task.getInputData().get("sink");
        try {
            ObservableQueue queue = eventQueues.getQueue(sink);
            String payload = objectMapper.writeValueAsString(task.getInputData());
            queue.publish(List.of(new Message(UUID.randomUUID().toString(), payload, null)));
            task.getOutputData().put("event_produced", sink);
            task.setStatus(TaskModel.Status.COMPLETED);
        } catch (Exception e) {
            task.setStatus(TaskModel.Status.FAILED);
            task.setReasonForIncompletion("Error publishing to " + sink + ": " + e.getMessage());
        }
    }
}
