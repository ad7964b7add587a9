package io.taskloom.jdbc;

import io.micronaut.context.ApplicationContext;
import io.taskloom.core.queues.QueueInterface;
import io.taskloom.core.utils.JacksonMapper;
import lombok.extern.slf4j.Slf4j;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Queue implementation on top of a single SQL table ({@code queues}): producers insert rows, consumers poll
 * with {@code SELECT ... FOR UPDATE SKIP LOCKED} and mark rows as consumed per consumer group.
 */
@Slf4j
public abstract class JdbcQueue<T> implements QueueInterface<T> {
    protected static final Field<Object> KEY = DSL.field(DSL.quotedName("key"));
    protected static final Field<Object> TYPE = DSL.field(DSL.quotedName("type"));
    protected static final Field<Object> VALUE = DSL.field(DSL.quotedName("value"));
    protected static final Field<Object> OFFSET = DSL.field(DSL.quotedName("offset"));
    protected static final Field<Object> CONSUMER_GROUP = DSL.field(DSL.quotedName("consumer_group"));
    protected static final Field<Object> UPDATED = DSL.field(DSL.quotedName("updated"));

    protected final Class<T> cls;
    protected final JooqDSLContextWrapper dslContextWrapper;
    protected final Table<Record> table;
    protected final int pollSize;
    protected final Duration minPollInterval;
    protected final Duration maxPollInterval;
    private final ExecutorService poolExecutor = Executors.newCachedThreadPool();
    private final AtomicBoolean isPaused = new AtomicBoolean(false);

    protected JdbcQueue(Class<T> cls, ApplicationContext applicationContext) {
        this.cls = cls;
        this.dslContextWrapper = applicationContext.getBean(JooqDSLContextWrapper.class);
        this.pollSize = applicationContext.getProperty("taskloom.jdbc.queues.poll-size", Integer.class).orElse(100);
        this.minPollInterval = applicationContext.getProperty("taskloom.jdbc.queues.min-poll-interval", Duration.class).orElse(Duration.ofMillis(25));
        this.maxPollInterval = applicationContext.getProperty("taskloom.jdbc.queues.max-poll-interval", Duration.class).orElse(Duration.ofMillis(1000));
        JdbcTableConfigs tableConfigs = applicationContext.getBean(JdbcTableConfigs.class);
        this.table = DSL.table(tableConfigs.tableConfig("queues").table());
    }

    protected Map<Field<Object>, Object> produceFields(String consumerGroup, String key, T message) {
        Map<Field<Object>, Object> fields = new HashMap<>();
        fields.put(TYPE, cls.getName());
        fields.put(KEY, key != null ? key : UUID.randomUUID().toString());
        fields.put(VALUE, JacksonMapper.ofJson().valueToTree(message).toString());
        if (consumerGroup != null) {
            fields.put(CONSUMER_GROUP, consumerGroup);
        }
        return fields;
    }

    @Override
    public void emit(String consumerGroup, T message) throws QueueException {
        try {
            dslContextWrapper.transaction(configuration -> DSL.using(configuration)
                .insertInto(table)
                .set(produceFields(consumerGroup, null, message))
                .execute());
        } catch (Exception e) {
            throw new QueueException("Unable to emit a message to the queue", e);
        }
    }

    protected abstract Result<Record> receiveFetch(DSLContext ctx, String consumerGroup, Integer offset);

    protected abstract void updateGroupOffsets(DSLContext ctx, String consumerGroup, java.util.List<Integer> offsets);

    @Override
    public Runnable receive(String consumerGroup, Consumer<T> consumer) {
        AtomicBoolean running = new AtomicBoolean(true);
        poolExecutor.execute(() -> {
            while (running.get()) {
                if (isPaused.get()) {
                    sleep(minPollInterval);
                    continue;
                }
                Integer count = dslContextWrapper.transactionResult(configuration -> {
                    DSLContext ctx = DSL.using(configuration);
                    Result<Record> result = receiveFetch(ctx, consumerGroup, null);
                    if (!result.isEmpty()) {
                        updateGroupOffsets(ctx, consumerGroup, result.map(r -> r.get("offset", Integer.class)));
                    }
                    result.forEach(record -> deserialize(record.get("value", String.class)).ifPresent(consumer));
                    return result.size();
                });
                sleep(count == 0 ? maxPollInterval : minPollInterval);
            }
        });
        return () -> running.set(false);
    }

    private Optional<T> deserialize(String value) {
        try {
            return Optional.of(JacksonMapper.ofJson().readValue(value, cls));
        } catch (Exception e) {
            log.error("Unable to deserialize a message of type {}: {}", cls.getName(), e.getMessage());
            return Optional.empty();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void pause() {
        this.isPaused.set(true);
    }

    @Override
    public void close() {
        poolExecutor.shutdownNow();
    }
}
