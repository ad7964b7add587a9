/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.server.common.transport.service;

import com.google.common.util.concurrent.ListenableFuture;
import jakarta.annotation.PostConstruct;
import lombok.extern.slf4j.Slf4j;
import org.sensorgrid.server.common.transport.TransportService;
import org.sensorgrid.server.gen.transport.TransportProtos.*;
import org.sensorgrid.server.queue.SgQueueConsumer;
import org.sensorgrid.server.queue.SgQueueProducer;
import org.sensorgrid.server.queue.SgQueueRequestTemplate;
import org.sensorgrid.server.queue.common.SgProtoQueueMsg;
import org.sensorgrid.server.queue.provider.SgTransportQueueFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Service;

import java.util.UUID;

/**
 * Shared by every transport (MQTT, HTTP, CoAP, LwM2M, SNMP): device credential validation and
 * device provisioning go to sg-core through the transport API request/response topics, telemetry
 * and attributes go to the rule engine topic, and server-side notifications (RPC, attribute updates)
 * arrive on this node's transport notifications topic.
 */
@Slf4j
@Service
@ConditionalOnExpression("'${service.type:null}'=='monolith' || '${service.type:null}'=='sg-transport'")
public class DefaultTransportService implements TransportService {

    @Value("${transport.sessions.inactivity_timeout:300000}")
    private long sessionInactivityTimeout;

    @Value("${queue.transport.poll_interval:25}")
    private int notificationsPollDuration;

    private final SgTransportQueueFactory queueProvider;

    private SgQueueRequestTemplate<SgProtoQueueMsg<TransportApiRequestMsg>, SgProtoQueueMsg<TransportApiResponseMsg>> transportApiRequestTemplate;
    private SgQueueProducer<SgProtoQueueMsg<ToRuleEngineMsg>> ruleEngineMsgProducer;
    private SgQueueProducer<SgProtoQueueMsg<ToCoreMsg>> sgCoreMsgProducer;
    private SgQueueConsumer<SgProtoQueueMsg<ToTransportMsg>> transportNotificationsConsumer;

    public DefaultTransportService(SgTransportQueueFactory queueProvider) {
        this.queueProvider = queueProvider;
    }

    @PostConstruct
    public void init() {
        this.transportApiRequestTemplate = queueProvider.createTransportApiRequestTemplate();
        this.ruleEngineMsgProducer = queueProvider.createRuleEngineMsgProducer();
        this.sgCoreMsgProducer = queueProvider.createSgCoreMsgProducer();
        this.transportNotificationsConsumer = queueProvider.createTransportNotificationsConsumer();
        transportApiRequestTemplate.init();
        transportNotificationsConsumer.subscribe();
    }

    @Override
    public ListenableFuture<TransportApiResponseMsg> validateToken(ValidateDeviceTokenRequestMsg msg) {
        SgProtoQueueMsg<TransportApiRequestMsg> protoMsg = new SgProtoQueueMsg<>(UUID.randomUUID(),
                TransportApiRequestMsg.newBuilder().setValidateTokenRequestMsg(msg).build());
        return mapFuture(transportApiRequestTemplate.send(protoMsg));
    }

    @Override
    public void process(SessionInfoProto sessionInfo, PostTelemetryMsg msg) {
        ToRuleEngineMsg ruleEngineMsg = ToRuleEngineMsg.newBuilder()
                .setSgMsg(toSgMsg(sessionInfo, msg))
                .build();
        ruleEngineMsgProducer.send(deviceKey(sessionInfo), ruleEngineMsg, null);
    }

    @Override
    public void process(SessionInfoProto sessionInfo, SubscribeToRPCMsg msg) {
        sgCoreMsgProducer.send(deviceKey(sessionInfo), ToCoreMsg.newBuilder()
                .setToDeviceActorMsg(toDeviceActorMsg(sessionInfo, msg)).build(), null);
    }

    private String deviceKey(SessionInfoProto sessionInfo) {
        return new UUID(sessionInfo.getDeviceIdMSB(), sessionInfo.getDeviceIdLSB()).toString();
    }
}
