package io.taskloom.core.runners;

import io.micronaut.context.annotation.Value;
import io.taskloom.core.models.executions.Execution;
import io.taskloom.core.models.flows.Flow;
import io.taskloom.core.secret.SecretService;
import io.taskloom.core.storages.StorageInterface;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

@Singleton
public class RunContextFactory {
    @Inject
    protected StorageInterface storageInterface;

    @Inject
    protected SecretService secretService;

    @Value("${taskloom.tasks.tmp-dir.path:/tmp/taskloom-wd/tmp}")
    protected String tmpDirPath;

    public RunContext of(Flow flow, Execution execution) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("namespace", flow.getNamespace());
        variables.put("flowId", flow.getId());
        variables.put("execution", Map.of("id", execution.getId(), "startDate", String.valueOf(execution.getStartDate())));
        if (execution.getInputs() != null) {
            variables.put("inputs", execution.getInputs());
        }
        return new RunContext(variables, storageInterface, secretService, Path.of(tmpDirPath), flow.getTenantId());
    }
}
