package io.taskloom.repository.postgres;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.model.Pageable;
import io.taskloom.core.models.executions.Execution;
import io.taskloom.core.repositories.ExecutionRepositoryInterface;
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
public class PostgresExecutionRepository extends AbstractJdbcRepository<Execution> implements ExecutionRepositoryInterface {
    @Inject
    public PostgresExecutionRepository(JooqDSLContextWrapper dslContextWrapper, JdbcTableConfigs tableConfigs) {
        super(Execution.class, dslContextWrapper, tableConfigs);
    }

    @Override
    protected String key(Execution execution) {
        return execution.getId();
    }

    @Override
    public Optional<Execution> findById(String tenantId, String id) {
        return dslContextWrapper.transactionResult(configuration -> DSL.using(configuration)
            .select(VALUE)
            .from(table)
            .where(KEY.eq(id))
            .and(DSL.field("deleted").eq(false))
            .fetchOptional()
            .map(r -> deserialize(r.get(VALUE, String.class))));
    }

    @Override
    public List<Execution> find(Pageable pageable, String query, String tenantId, String namespace, String flowId, List<Execution.State> state) {
        return dslContextWrapper.transactionResult(configuration -> {
            var select = DSL.using(configuration)
                .select(VALUE)
                .from(table)
                .where(DSL.field("deleted").eq(false));
            if (namespace != null) {
                select = select.and(DSL.field("namespace").likeIgnoreCase(namespace + "%"));
            }
            if (flowId != null) {
                select = select.and(DSL.field("flow_id").eq(flowId));
            }
            if (state != null && !state.isEmpty()) {
                select = select.and(DSL.field("state_current").in(state.stream().map(Enum::name).toList()));
            }
            if (query != null) {
                select = select.and(DSL.condition("fulltext @@ FULLTEXT_SEARCH(?)", query));
            }
            return select
                .orderBy(DSL.field("start_date").desc())
                .limit(pageable.getSize())
                .offset(pageable.getOffset())
                .fetch(r -> deserialize(r.get(VALUE, String.class)));
        });
    }

    @Override
    public Execution save(Execution execution) {
        this.persist(execution);
        return execution;
    }

    @Override
    public Execution delete(Execution execution) {
        Execution deleted = execution.withState(Execution.State.KILLED);
        this.persist(deleted);
        return deleted;
    }

    @Override
    public Integer purge(Execution execution) {
        return dslContextWrapper.transactionResult(configuration -> DSL.using(configuration)
            .delete(table)
            .where(KEY.eq(execution.getId()))
            .execute());
    }
}
