package io.taskloom.core.repositories;

import io.micronaut.data.model.Pageable;
import io.taskloom.core.models.flows.Flow;

import java.util.List;
import java.util.Optional;

public interface FlowRepositoryInterface {
    Optional<Flow> findById(String tenantId, String namespace, String id, Optional<Integer> revision);

    List<Flow> findByNamespace(String tenantId, String namespace);

    List<Flow> find(Pageable pageable, String query, String tenantId, String namespace);

    List<Flow> findAllForAllTenants();

    Flow create(Flow flow);

    Flow update(Flow flow, Flow previous);

    Flow delete(Flow flow);
}
