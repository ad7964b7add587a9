package io.taskloom.webserver.controllers.api;

import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.*;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.taskloom.core.models.flows.Flow;
import io.taskloom.core.repositories.FlowRepositoryInterface;
import io.taskloom.core.utils.JacksonMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@Controller("/api/v1/flows")
@Tag(name = "Flows")
public class FlowController {
    @Inject
    private FlowRepositoryInterface flowRepository;

    @ExecuteOn(TaskExecutors.IO)
    @Get(uri = "search")
    @Operation(tags = {"Flows"}, summary = "Search for flows")
    public Map<String, Object> find(
        @QueryValue(defaultValue = "1") int page,
        @QueryValue(defaultValue = "10") int size,
        @Nullable @QueryValue String q,
        @Nullable @QueryValue String namespace
    ) {
        List<Flow> results = flowRepository.find(Pageable.from(page - 1, size), q, null, namespace);
        return Map.of("results", results, "total", results.size());
    }

    @ExecuteOn(TaskExecutors.IO)
    @Get(uri = "{namespace}/{id}")
    @Operation(tags = {"Flows"}, summary = "Get a flow")
    public Flow index(String namespace, String id, @Nullable @QueryValue Integer revision) {
        return flowRepository.findById(null, namespace, id, Optional.ofNullable(revision))
            .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "Flow not found"));
    }

    @ExecuteOn(TaskExecutors.IO)
    @Get(uri = "{namespace}")
    @Operation(tags = {"Flows"}, summary = "Retrieve all flows from a given namespace")
    public List<Flow> getFlowsByNamespace(String namespace) {
        return flowRepository.findByNamespace(null, namespace);
    }

    @ExecuteOn(TaskExecutors.IO)
    @Post(consumes = MediaType.APPLICATION_YAML)
    @Operation(tags = {"Flows"}, summary = "Create a flow from yaml source")
    public HttpResponse<Flow> create(@Body String flow) throws Exception {
        Flow parsed = JacksonMapper.ofYaml().readValue(flow, Flow.class);
        return HttpResponse.ok(flowRepository.create(parsed));
    }

    @ExecuteOn(TaskExecutors.IO)
    @Put(uri = "{namespace}/{id}", consumes = MediaType.APPLICATION_YAML)
    @Operation(tags = {"Flows"}, summary = "Update a flow")
    public HttpResponse<Flow> update(String namespace, String id, @Body String flow) throws Exception {
        Flow previous = index(namespace, id, null);
        Flow parsed = JacksonMapper.ofYaml().readValue(flow, Flow.class);
        return HttpResponse.ok(flowRepository.update(parsed, previous));
    }

    @ExecuteOn(TaskExecutors.IO)
    @Delete(uri = "{namespace}/{id}")
    @Operation(tags = {"Flows"}, summary = "Delete a flow")
    @Status(HttpStatus.NO_CONTENT)
    public void delete(String namespace, String id) {
        flowRepository.delete(index(namespace, id, null));
    }
}
