package io.taskloom.executor;

import io.taskloom.core.models.executions.Execution;
import io.taskloom.core.models.tasks.Task;
import io.taskloom.core.runners.RunContext;
import io.taskloom.core.storages.StorageInterface;
import io.taskloom.core.utils.JacksonMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import lombok.extern.slf4j.Slf4j;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Helpers for executable tasks (Subflow, ForEachItem) resolved inside the executor. ForEachItem batches are
 * split by the worker into internal storage; the executor reads the split URIs to create subflow executions and
 * writes the merged outputs of all iterations back to the internal storage.
 */
@Singleton
@Slf4j
public class ExecutableUtils {
    @Inject
    private StorageInterface storageInterface;

    @SuppressWarnings("unchecked")
    public Execution.TaskRun resolveExecutable(RunContext runContext, Task task, Execution.TaskRun taskRun) {
        if (task.getType().endsWith(".ForEachItem")) {
            Map<String, Object> outputs = (Map<String, Object>) runContext.getVariables().getOrDefault("outputs", Map.of());
            Map<String, Object> split = (Map<String, Object>) outputs.getOrDefault(task.getId() + "_split", Map.of());
            Object splitsUri = split.get("splits");
            if (splitsUri != null) {
                try {
                    List<URI> batches = readSplits((String) runContext.getVariables().get("tenantId"), URI.create(splitsUri.toString()));
                    log.debug("ForEachItem '{}' will create {} subflow executions", task.getId(), batches.size());
                    return taskRun
                        .withOutputs(Map.of("numberOfBatches", batches.size(), "batches", batches.stream().map(URI::toString).toList()))
                        .withState(Execution.State.RUNNING);
                } catch (IOException e) {
                    log.error("Unable to read the splits of task '{}'", task.getId(), e);
                    return taskRun.withState(Execution.State.FAILED);
                }
            }
        }
        return taskRun.withState(Execution.State.RUNNING);
    }

    public List<URI> readSplits(String tenantId, URI splitsUri) throws IOException {
        try (InputStream is = storageInterface.get(tenantId, splitsUri);
             BufferedReader reader = new BufferedReader(new InputStreamReader(is, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank()).map(URI::create).toList();
        }
    }

    public URI mergeSubflowOutputs(String tenantId, String executionPath, List<Map<String, Object>> outputs) throws IOException {
        StringBuilder ion = new StringBuilder();
        for (Map<String, Object> output : outputs) {
            ion.append(JacksonMapper.ofJson().writeValueAsString(new HashMap<>(output))).append('\n');
        }
        URI uri = storageInterface.from(executionPath, "merged-subflow-outputs.ion");
        return storageInterface.put(tenantId, uri, new ByteArrayInputStream(ion.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
