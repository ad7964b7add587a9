package io.maestroflow.rest.controllers;

import org.springframework.web.bind.annotation.*;

import io.maestroflow.service.MetadataService;

/** Registration of task definitions, workflow definitions and event handlers. */
@RestController
@RequestMapping("/api")
public class MetadataResource {

    private final MetadataService metadataService;

    public MetadataResource(MetadataService metadataService) {
        this.metadataService = metadataService;
    }

    @PostMapping("/metadata/workflow")
    public void create(@RequestBody String workflowDefJson) {
        metadataService.registerWorkflowDef(workflowDefJson);
    }

    @PutMapping("/metadata/workflow")
    public void update(@RequestBody String workflowDefsJson) {
        metadataService.updateWorkflowDefs(workflowDefsJson);
    }

    @PostMapping("/metadata/taskdefs")
    public void registerTaskDef(@RequestBody String taskDefsJson) {
        metadataService.registerTaskDefs(taskDefsJson);
    }

    @GetMapping("/metadata/taskdefs")
    public String getTaskDefs() {
        return metadataService.getTaskDefsJson();
    }

    @PostMapping("/event")
    public void addEventHandler(@RequestBody String eventHandlerJson) {
        metadataService.addEventHandler(eventHandlerJson);
    }

    @PutMapping("/event")
    public void updateEventHandler(@RequestBody String eventHandlerJson) {
        metadataService.updateEventHandler(eventHandlerJson);
    }
}
