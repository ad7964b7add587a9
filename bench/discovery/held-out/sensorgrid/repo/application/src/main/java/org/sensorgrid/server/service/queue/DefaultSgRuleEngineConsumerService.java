/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.server.service.queue;

import lombok.extern.slf4j.Slf4j;
import org.sensorgrid.server.gen.transport.TransportProtos.ToCoreMsg;
import org.sensorgrid.server.gen.transport.TransportProtos.ToRuleEngineMsg;
import org.sensorgrid.server.queue.SgQueueConsumer;
import org.sensorgrid.server.queue.SgQueueProducer;
import org.sensorgrid.server.queue.common.SgProtoQueueMsg;
import org.sensorgrid.server.queue.provider.SgRuleEngineQueueFactory;
import org.sensorgrid.server.queue.util.SgRuleEngineComponent;
import org.sensorgrid.server.actors.ActorSystemContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Consumes the rule engine topic and pushes messages to the rule chain actors. Rule nodes may
 * produce messages back to the core topic (e.g. attribute updates, RPC).
 */
@Service
@SgRuleEngineComponent
@Slf4j
public class DefaultSgRuleEngineConsumerService {

    @Value("${queue.rule-engine.poll-interval}")
    private long pollDuration;

    private final SgQueueConsumer<SgProtoQueueMsg<ToRuleEngineMsg>> consumer;
    private final SgQueueProducer<SgProtoQueueMsg<ToCoreMsg>> toCoreProducer;
    private final ActorSystemContext actorContext;
    private volatile boolean stopped;

    public DefaultSgRuleEngineConsumerService(SgRuleEngineQueueFactory queueFactory, ActorSystemContext actorContext) {
        this.consumer = queueFactory.createToRuleEngineMsgConsumer();
        this.toCoreProducer = queueFactory.createToCoreMsgProducer();
        this.actorContext = actorContext;
    }

    public void launchConsumer() {
        consumer.subscribe();
        while (!stopped) {
            List<SgProtoQueueMsg<ToRuleEngineMsg>> msgs = consumer.poll(pollDuration);
            for (SgProtoQueueMsg<ToRuleEngineMsg> msg : msgs) {
                actorContext.tell(msg.getValue());
            }
            consumer.commit();
        }
    }

    public void forwardToCore(String key, ToCoreMsg msg) {
        toCoreProducer.send(key, msg, null);
    }
}
