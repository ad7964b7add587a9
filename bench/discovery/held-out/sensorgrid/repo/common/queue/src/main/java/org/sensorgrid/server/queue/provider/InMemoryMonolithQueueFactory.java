/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.server.queue.provider;

import org.sensorgrid.server.gen.transport.TransportProtos.ToCoreMsg;
import org.sensorgrid.server.gen.transport.TransportProtos.ToRuleEngineMsg;
import org.sensorgrid.server.queue.SgQueueConsumer;
import org.sensorgrid.server.queue.SgQueueProducer;
import org.sensorgrid.server.queue.common.SgProtoQueueMsg;
import org.sensorgrid.server.queue.memory.InMemoryStorage;
import org.sensorgrid.server.queue.memory.InMemorySgQueueConsumer;
import org.sensorgrid.server.queue.memory.InMemorySgQueueProducer;
import org.sensorgrid.server.queue.settings.SgQueueCoreSettings;
import org.sensorgrid.server.queue.settings.SgQueueRuleEngineSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Default for single-node installs (queue.type defaults to in-memory): topics are plain in-process
 * blocking queues, nothing leaves the JVM.
 */
@Component
@ConditionalOnExpression("'${queue.type:null}'=='in-memory' && '${service.type:null}'=='monolith'")
public class InMemoryMonolithQueueFactory implements SgCoreQueueFactory, SgRuleEngineQueueFactory {

    private final SgQueueCoreSettings coreSettings;
    private final SgQueueRuleEngineSettings ruleEngineSettings;
    private final InMemoryStorage storage;

    public InMemoryMonolithQueueFactory(SgQueueCoreSettings coreSettings, SgQueueRuleEngineSettings ruleEngineSettings,
                                        InMemoryStorage storage) {
        this.coreSettings = coreSettings;
        this.ruleEngineSettings = ruleEngineSettings;
        this.storage = storage;
    }

    @Override
    public SgQueueProducer<SgProtoQueueMsg<ToCoreMsg>> createSgCoreMsgProducer() {
        return new InMemorySgQueueProducer<>(storage, coreSettings.getTopic());
    }

    @Override
    public SgQueueConsumer<SgProtoQueueMsg<ToCoreMsg>> createToCoreMsgConsumer() {
        return new InMemorySgQueueConsumer<>(storage, coreSettings.getTopic());
    }

    @Override
    public SgQueueProducer<SgProtoQueueMsg<ToRuleEngineMsg>> createRuleEngineMsgProducer() {
        return new InMemorySgQueueProducer<>(storage, ruleEngineSettings.getTopic());
    }

    @Override
    public SgQueueConsumer<SgProtoQueueMsg<ToRuleEngineMsg>> createToRuleEngineMsgConsumer() {
        return new InMemorySgQueueConsumer<>(storage, ruleEngineSettings.getTopic());
    }
}
