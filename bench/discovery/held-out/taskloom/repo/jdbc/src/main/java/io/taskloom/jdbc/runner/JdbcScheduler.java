package io.taskloom.jdbc.runner;

import io.micronaut.context.ApplicationContext;
import io.taskloom.core.repositories.FlowRepositoryInterface;
import io.taskloom.jdbc.JooqDSLContextWrapper;
import io.taskloom.scheduler.AbstractScheduler;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import lombok.extern.slf4j.Slf4j;
import org.jooq.impl.DSL;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

@Singleton
@Slf4j
public class JdbcScheduler extends AbstractScheduler {
    private final JooqDSLContextWrapper dslContextWrapper;

    @Inject
    public JdbcScheduler(ApplicationContext applicationContext, FlowRepositoryInterface flowRepository, JooqDSLContextWrapper dslContextWrapper) {
        super(applicationContext, flowRepository);
        this.dslContextWrapper = dslContextWrapper;
    }

    @Override
    protected List<Map<String, Object>> lockedTriggers(ZonedDateTime now) {
        return dslContextWrapper.transactionResult(configuration -> DSL.using(configuration)
            .select(DSL.field("value"))
            .from(DSL.table("triggers"))
            .where(DSL.field("next_execution_date").lessOrEqual(now.toOffsetDateTime()))
            .forUpdate()
            .skipLocked()
            .fetch(r -> decode(r.get(0, String.class))));
    }

    @Override
    protected void saveTrigger(Map<String, Object> trigger) {
        dslContextWrapper.transaction(configuration -> DSL.using(configuration)
            .update(DSL.table("triggers"))
            .set(DSL.field("value"), DSL.val(encode(trigger)).cast(org.jooq.impl.SQLDataType.JSONB))
            .where(DSL.field("key").eq(trigger.get("uid")))
            .execute());
    }
}
