package io.taskloom.repository.postgres;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.model.Pageable;
import io.taskloom.core.models.flows.Flow;
import io.taskloom.core.repositories.FlowRepositoryInterface;
import io.taskloom.jdbc.JdbcTableConfigs;
import io.taskloom.jdbc.JooqDSLContextWrapper;
import io.taskloom.jdbc.repository.AbstractJdbcRepository;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Optional;

@Singleton
@Primary
@Requires(property = "taskloom.repository.type", value = "postgres")
public class PostgresFlowRepository extends AbstractJdbcRepository<Flow> implements FlowRepositoryInterface {
    @Inject
    public PostgresFlowRepository(JooqDSLContextWrapper dslContextWrapper, JdbcTableConfigs tableConfigs) {
        super(Flow.class, dslContextWrapper, tableConfigs);
    }

    @Override
    protected String key(Flow flow) {
        return flow.getTenantId() + "_" + flow.getNamespace() + "_" + flow.getId();
    }

    @Override
    public Optional<Flow> findById(String tenantId, String namespace, String id, Optional<Integer> revision) {
        return dslContextWrapper.transactionResult(configuration -> DSL.using(configuration)
            .select(VALUE)
            .from(table)
            .where(DSL.field("namespace").eq(namespace))
            .and(DSL.field("id").eq(id))
            .and(DSL.field("deleted").eq(false))
            .fetchOptional()
            .map(r -> deserialize(r.get(VALUE, String.class))));
    }

    @Override
    public List<Flow> findByNamespace(String tenantId, String namespace) {
        return dslContextWrapper.transactionResult(configuration -> DSL.using(configuration)
            .select(VALUE)
            .from(table)
            .where(DSL.field("namespace").eq(namespace))
            .fetch(r -> deserialize(r.get(VALUE, String.class))));
    }

    @Override
    public List<Flow> find(Pageable pageable, String query, String tenantId, String namespace) {
        return dslContextWrapper.transactionResult(configuration -> DSL.using(configuration)
            .select(VALUE)
            .from(table)
            .where(query == null ? DSL.noCondition() : DSL.condition("fulltext @@ FULLTEXT_SEARCH(?)", query))
            .limit(pageable.getSize())
            .offset(pageable.getOffset())
            .fetch(r -> deserialize(r.get(VALUE, String.class))));
    }

    @Override
    public List<Flow> findAllForAllTenants() {
        return dslContextWrapper.transactionResult(configuration -> DSL.using(configuration)
            .select(VALUE)
            .from(table)
            .where(DSL.field("deleted").eq(false))
            .fetch(r -> deserialize(r.get(VALUE, String.class))));
    }

    @Override
    public Flow create(Flow flow) {
        Flow created = flow.withRevision(1);
        persist(created);
        return created;
    }

    @Override
    public Flow update(Flow flow, Flow previous) {
        Flow updated = flow.withRevision(previous.getRevision() + 1);
        persist(updated);
        return updated;
    }

    @Override
    public Flow delete(Flow flow) {
        Flow deleted = flow.withDeleted(true);
        persist(deleted);
        return deleted;
    }
}
