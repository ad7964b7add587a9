package io.taskloom.runner.postgres;

import io.micronaut.context.ApplicationContext;
import io.taskloom.jdbc.JdbcQueue;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;

import java.util.List;

public class PostgresQueue<T> extends JdbcQueue<T> {

    public PostgresQueue(Class<T> cls, ApplicationContext applicationContext) {
        super(cls, applicationContext);
    }

    @Override
    protected Result<Record> receiveFetch(DSLContext ctx, String consumerGroup, Integer offset) {
        var select = ctx
            .select(VALUE, OFFSET)
            .from(this.table)
            .where(DSL.condition("type = CAST(? AS queue_type)", this.cls.getName()))
            .and(DSL.field("consumer_" + queueName(consumerGroup)).isFalse());

        return select
            .orderBy(OFFSET.asc())
            .limit(pollSize)
            .forUpdate()
            .skipLocked()
            .fetchMany()
            .get(0);
    }

    @Override
    protected void updateGroupOffsets(DSLContext ctx, String consumerGroup, List<Integer> offsets) {
        ctx.update(this.table)
            .set(DSL.field("consumer_" + queueName(consumerGroup)), true)
            .where(OFFSET.in(offsets))
            .execute();
    }

    private static String queueName(String consumerGroup) {
        if (consumerGroup == null) {
            return "indexer";
        }
        String simple = consumerGroup.substring(consumerGroup.lastIndexOf('.') + 1).toLowerCase();
        return simple.replace('$', '_');
    }
}
