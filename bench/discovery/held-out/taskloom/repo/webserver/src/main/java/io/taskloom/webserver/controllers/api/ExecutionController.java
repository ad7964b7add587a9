package io.taskloom.webserver.controllers.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.*;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.taskloom.core.models.executions.Execution;
import io.taskloom.core.models.flows.Flow;
import io.taskloom.core.queues.QueueFactoryInterface;
import io.taskloom.core.queues.QueueInterface;
import io.taskloom.core.repositories.ExecutionRepositoryInterface;
import io.taskloom.core.repositories.FlowRepositoryInterface;
import io.taskloom.core.storages.StorageInterface;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Controller("/api/v1/executions")
@Tag(name = "Executions")
public class ExecutionController {
    @Inject
    private FlowRepositoryInterface flowRepository;

    @Inject
    private ExecutionRepositoryInterface executionRepository;

    @Inject
    private StorageInterface storageInterface;

    @Inject
    @Named(QueueFactoryInterface.EXECUTION_NAMED)
    protected QueueInterface<Execution> executionQueue;

    @ExecuteOn(TaskExecutors.IO)
    @Get(uri = "search")
    @Operation(tags = {"Executions"}, summary = "Search for executions")
    public Map<String, Object> find(
        @QueryValue(defaultValue = "1") int page,
        @QueryValue(defaultValue = "10") int size,
        @Nullable @QueryValue String q,
        @Nullable @QueryValue String namespace,
        @Nullable @QueryValue String flowId,
        @Nullable @QueryValue List<Execution.State> state
    ) {
        List<Execution> results = executionRepository.find(Pageable.from(page - 1, size), q, null, namespace, flowId, state);
        return Map.of("results", results, "total", results.size());
    }

    @ExecuteOn(TaskExecutors.IO)
    @Get(uri = "{executionId}")
    @Operation(tags = {"Executions"}, summary = "Get an execution")
    public Execution get(String executionId) {
        return executionRepository.findById(null, executionId)
            .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "Execution not found"));
    }

    @ExecuteOn(TaskExecutors.IO)
    @Post(uri = "{namespace}/{id}", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(tags = {"Executions"}, summary = "Create a new execution for a flow")
    public Execution create(
        String namespace,
        String id,
        @Nullable @Body Map<String, Object> inputs,
        @Nullable @Part("files") Publisher<CompletedFileUpload> files,
        @Nullable @QueryValue Integer revision
    ) throws Exception {
        Flow flow = flowRepository.findById(null, namespace, id, Optional.ofNullable(revision))
            .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "Flow not found"));

        Execution execution = Execution.newExecution(null, namespace, id, flow.getRevision(), new HashMap<>());
        Map<String, Object> resolvedInputs = new HashMap<>(inputs == null ? Map.of() : inputs);

        if (files != null) {
            for (CompletedFileUpload file : Flux.from(files).collectList().block()) {
                URI uri = storageInterface.from(
                    namespace.replace(".", "/") + "/" + id + "/executions/" + execution.getId() + "/inputs/" + file.getName(),
                    file.getFilename()
                );
                resolvedInputs.put(file.getName(), storageInterface.put(null, uri, file.getInputStream()).toString());
            }
        }

        execution = execution.withInputs(resolvedInputs);
        executionQueue.emit(execution);
        return execution;
    }

    @ExecuteOn(TaskExecutors.IO)
    @Get(uri = "{executionId}/file", produces = MediaType.APPLICATION_OCTET_STREAM)
    @Operation(tags = {"Executions"}, summary = "Download file for an execution")
    public HttpResponse<StreamedFile> file(String executionId, @QueryValue URI path) throws Exception {
        Execution execution = get(executionId);
        String prefix = execution.getNamespace().replace(".", "/") + "/" + execution.getFlowId() + "/executions/" + executionId;
        if (!path.getPath().substring(1).startsWith(prefix)) {
            throw new IllegalArgumentException("Invalid prefix path");
        }

        InputStream fileHandler = storageInterface.get(execution.getTenantId(), path);
        return HttpResponse.ok(new StreamedFile(fileHandler, MediaType.APPLICATION_OCTET_STREAM_TYPE)
            .attach(path.getPath().substring(path.getPath().lastIndexOf('/') + 1)));
    }

    @ExecuteOn(TaskExecutors.IO)
    @Delete(uri = "{executionId}/kill")
    @Operation(tags = {"Executions"}, summary = "Kill an execution")
    @Status(HttpStatus.ACCEPTED)
    public void kill(String executionId) throws Exception {
        executionQueue.emit(get(executionId).withState(Execution.State.KILLING));
    }

    @ExecuteOn(TaskExecutors.IO)
    @Get(uri = "{executionId}/follow", produces = MediaType.TEXT_EVENT_STREAM)
    @Operation(tags = {"Executions"}, summary = "Follow an execution")
    public Flux<Event<Execution>> follow(String executionId) {
        return Flux.interval(Duration.ofMillis(500))
            .map(tick -> get(executionId))
            .takeUntil(Execution::isTerminated)
            .map(Event::of);
    }
}
