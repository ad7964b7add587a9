package io.taskloom.jdbc.repository;

import io.taskloom.core.utils.JacksonMapper;
import io.taskloom.jdbc.JdbcTableConfigs;
import io.taskloom.jdbc.JooqDSLContextWrapper;
import lombok.Getter;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.Map;

public abstract class AbstractJdbcRepository<T> {
    protected static final Field<Object> KEY = DSL.field(DSL.quotedName("key"));
    protected static final Field<Object> VALUE = DSL.field(DSL.quotedName("value"));

    @Getter
    protected final Class<T> cls;
    @Getter
    protected final JooqDSLContextWrapper dslContextWrapper;
    @Getter
    protected final Table<Record> table;

    protected AbstractJdbcRepository(Class<T> cls, JooqDSLContextWrapper dslContextWrapper, JdbcTableConfigs tableConfigs) {
        this.cls = cls;
        this.dslContextWrapper = dslContextWrapper;
        this.table = DSL.table(tableConfigs.tableConfig(cls).table());
    }

    protected abstract String key(T entity);

    protected Map<Field<Object>, Object> persistFields(T entity) {
        return Map.of(VALUE, JacksonMapper.ofJson().valueToTree(entity).toString());
    }

    public void persist(T entity) {
        Map<Field<Object>, Object> fields = persistFields(entity);
        dslContextWrapper.transaction(configuration -> DSL.using(configuration)
            .insertInto(table)
            .set(KEY, key(entity))
            .set(fields)
            .onConflict(KEY)
            .doUpdate()
            .set(fields)
            .execute());
    }

    public T deserialize(String record) {
        try {
            return JacksonMapper.ofJson().readValue(record, cls);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
