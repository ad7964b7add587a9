package io.maestroflow.rest.controllers;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.*;

import io.maestroflow.core.model.WorkflowModel;
import io.maestroflow.service.WorkflowService;

@RestController
@RequestMapping("/api/workflow")
public class WorkflowResource {

    private final WorkflowService workflowService;

    public WorkflowResource(WorkflowService workflowService) {
        this.workflowService = workflowService;
    }

    @PostMapping(value = "/{name}", produces = "text/plain")
    public String startWorkflow(@PathVariable("name") String name,
                                @RequestParam(value = "version", required = false) Integer version,
                                @RequestParam(value = "correlationId", required = false) String correlationId,
                                @RequestBody Map<String, Object> input) {
        return workflowService.startWorkflow(name, version, correlationId, input);
    }

    @GetMapping("/{workflowId}")
    public WorkflowModel getExecutionStatus(@PathVariable("workflowId") String workflowId,
                                            @RequestParam(value = "includeTasks", defaultValue = "true") boolean includeTasks) {
        return workflowService.getExecutionStatus(workflowId, includeTasks);
    }

    @GetMapping("/search")
    public List<String> search(@RequestParam(value = "start", defaultValue = "0") int start,
                               @RequestParam(value = "size", defaultValue = "100") int size,
                               @RequestParam(value = "query", defaultValue = "*") String query) {
        return workflowService.search(start, size, query);
    }

    @DeleteMapping("/{workflowId}")
    public void terminate(@PathVariable("workflowId") String workflowId,
                          @RequestParam(value = "reason", required = false) String reason) {
        workflowService.terminateWorkflow(workflowId, reason);
    }
}
