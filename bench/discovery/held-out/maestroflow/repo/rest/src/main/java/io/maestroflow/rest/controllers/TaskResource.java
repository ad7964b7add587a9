package io.maestroflow.rest.controllers;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import io.maestroflow.core.model.TaskModel;
import io.maestroflow.service.TaskService;

/** Worker-facing task API: workers poll /api/tasks/poll/{taskType} and POST results to /api/tasks. */
@RestController
@RequestMapping("/api/tasks")
public class TaskResource {

    private final TaskService taskService;

    public TaskResource(TaskService taskService) {
        this.taskService = taskService;
    }

    @GetMapping("/poll/{tasktype}")
    public ResponseEntity<TaskModel> poll(@PathVariable("tasktype") String taskType,
                                          @RequestParam(value = "workerid", required = false) String workerId,
                                          @RequestParam(value = "domain", required = false) String domain) {
        TaskModel task = taskService.poll(taskType, workerId, domain);
        return task == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(task);
    }

    @GetMapping("/poll/batch/{tasktype}")
    public List<TaskModel> batchPoll(@PathVariable("tasktype") String taskType,
                                     @RequestParam(value = "workerid", required = false) String workerId,
                                     @RequestParam(value = "count", defaultValue = "1") int count,
                                     @RequestParam(value = "timeout", defaultValue = "100") int timeout) {
        return taskService.batchPoll(taskType, workerId, null, count, timeout);
    }

    @PostMapping(produces = "text/plain")
    public String updateTask(@RequestBody TaskModel taskResult) {
        return taskService.updateTask(taskResult);
    }

    @PostMapping("/{taskId}/log")
    public void log(@PathVariable("taskId") String taskId, @RequestBody String log) {
        taskService.log(taskId, log);
    }
}
