package io.taskloom.scheduler;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import com.fasterxml.jackson.core.type.TypeReference;
import io.micronaut.context.ApplicationContext;
import io.taskloom.core.models.executions.Execution;
import io.taskloom.core.queues.QueueFactoryInterface;
import io.taskloom.core.queues.QueueInterface;
import io.taskloom.core.repositories.FlowRepositoryInterface;
import io.taskloom.core.utils.JacksonMapper;
import io.micronaut.inject.qualifiers.Qualifiers;
import lombok.extern.slf4j.Slf4j;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

@Slf4j
public abstract class AbstractScheduler implements Runnable, java.io.Closeable {
    private static final CronParser CRON_PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    protected final ApplicationContext applicationContext;
    protected final FlowRepositoryInterface flowRepository;
    private final QueueInterface<Execution> executionQueue;
    private final ScheduledExecutorService scheduleExecutor = Executors.newSingleThreadScheduledExecutor();

    @SuppressWarnings("unchecked")
    protected AbstractScheduler(ApplicationContext applicationContext, FlowRepositoryInterface flowRepository) {
        this.applicationContext = applicationContext;
        this.flowRepository = flowRepository;
        this.executionQueue = applicationContext.getBean(QueueInterface.class, Qualifiers.byName(QueueFactoryInterface.EXECUTION_NAMED));
    }

    protected abstract List<Map<String, Object>> lockedTriggers(ZonedDateTime now);

    protected abstract void saveTrigger(Map<String, Object> trigger);

    @Override
    public void run() {
        scheduleExecutor.scheduleAtFixedRate(this::handle, 0, 1, TimeUnit.SECONDS);
    }

    private void handle() {
        ZonedDateTime now = ZonedDateTime.now();
        for (Map<String, Object> trigger : lockedTriggers(now)) {
            try {
                String namespace = (String) trigger.get("namespace");
                String flowId = (String) trigger.get("flowId");
                Execution execution = Execution.newExecution((String) trigger.get("tenantId"), namespace, flowId, null, Map.of());
                executionQueue.emit(execution);

                Map<String, Object> updated = new HashMap<>(trigger);
                ExecutionTime executionTime = ExecutionTime.forCron(CRON_PARSER.parse((String) trigger.get("cron")));
                executionTime.nextExecution(now).ifPresent(next -> updated.put("nextExecutionDate", next.toString()));
                saveTrigger(updated);
            } catch (Exception e) {
                log.error("Unable to evaluate trigger {}", trigger.get("uid"), e);
            }
        }
    }

    protected static Map<String, Object> decode(String json) {
        try {
            return JacksonMapper.ofJson().readValue(json, new TypeReference<>() {});
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String encode(Map<String, Object> trigger) {
        return JacksonMapper.ofJson().valueToTree(trigger).toString();
    }

    @Override
    public void close() {
        scheduleExecutor.shutdown();
    }
}
