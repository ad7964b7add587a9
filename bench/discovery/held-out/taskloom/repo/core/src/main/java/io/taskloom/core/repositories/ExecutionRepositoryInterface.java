package io.taskloom.core.repositories;

import io.micronaut.data.model.Pageable;
import io.taskloom.core.models.executions.Execution;

import java.util.List;
import java.util.Optional;

public interface ExecutionRepositoryInterface {
    Optional<Execution> findById(String tenantId, String id);

    List<Execution> find(Pageable pageable, String query, String tenantId, String namespace, String flowId, List<Execution.State> state);

    Execution save(Execution execution);

    Execution delete(Execution execution);

    Integer purge(Execution execution);
}
