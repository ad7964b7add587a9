/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.server.queue.provider;

import org.sensorgrid.server.gen.js.JsInvokeProtos;
import org.sensorgrid.server.gen.transport.TransportProtos.*;
import org.sensorgrid.server.queue.SgQueueAdmin;
import org.sensorgrid.server.queue.SgQueueConsumer;
import org.sensorgrid.server.queue.SgQueueProducer;
import org.sensorgrid.server.queue.SgQueueRequestTemplate;
import org.sensorgrid.server.queue.common.DefaultSgQueueRequestTemplate;
import org.sensorgrid.server.queue.common.SgProtoJsQueueMsg;
import org.sensorgrid.server.queue.common.SgProtoQueueMsg;
import org.sensorgrid.server.queue.discovery.SgServiceInfoProvider;
import org.sensorgrid.server.queue.kafka.SgKafkaAdmin;
import org.sensorgrid.server.queue.kafka.SgKafkaConsumerTemplate;
import org.sensorgrid.server.queue.kafka.SgKafkaProducerTemplate;
import org.sensorgrid.server.queue.kafka.SgKafkaSettings;
import org.sensorgrid.server.queue.kafka.SgKafkaTopicConfigs;
import org.sensorgrid.server.queue.settings.SgQueueCoreSettings;
import org.sensorgrid.server.queue.settings.SgQueueRemoteJsInvokeSettings;
import org.sensorgrid.server.queue.settings.SgQueueRuleEngineSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

@Component
@ConditionalOnExpression("'${queue.type:null}'=='kafka' && '${service.type:null}'=='sg-rule-engine'")
public class KafkaSgRuleEngineQueueFactory implements SgRuleEngineQueueFactory {

    private final SgKafkaSettings kafkaSettings;
    private final SgServiceInfoProvider serviceInfoProvider;
    private final SgQueueCoreSettings coreSettings;
    private final SgQueueRuleEngineSettings ruleEngineSettings;
    private final SgQueueRemoteJsInvokeSettings jsInvokeSettings;
    private final SgQueueAdmin coreAdmin;
    private final SgQueueAdmin ruleEngineAdmin;
    private final SgQueueAdmin jsExecutorRequestAdmin;

    public KafkaSgRuleEngineQueueFactory(SgKafkaSettings kafkaSettings, SgServiceInfoProvider serviceInfoProvider,
                                         SgQueueCoreSettings coreSettings, SgQueueRuleEngineSettings ruleEngineSettings,
                                         SgQueueRemoteJsInvokeSettings jsInvokeSettings, SgKafkaTopicConfigs kafkaTopicConfigs) {
        this.kafkaSettings = kafkaSettings;
        this.serviceInfoProvider = serviceInfoProvider;
        this.coreSettings = coreSettings;
        this.ruleEngineSettings = ruleEngineSettings;
        this.jsInvokeSettings = jsInvokeSettings;
        this.coreAdmin = new SgKafkaAdmin(kafkaSettings, kafkaTopicConfigs.getCoreConfigs());
        this.ruleEngineAdmin = new SgKafkaAdmin(kafkaSettings, kafkaTopicConfigs.getRuleEngineConfigs());
        this.jsExecutorRequestAdmin = new SgKafkaAdmin(kafkaSettings, kafkaTopicConfigs.getJsExecutorRequestConfigs());
    }

    @Override
    public SgQueueProducer<SgProtoQueueMsg<ToCoreMsg>> createToCoreMsgProducer() {
        return SgKafkaProducerTemplate.<SgProtoQueueMsg<ToCoreMsg>>builder()
                .settings(kafkaSettings)
                .clientId("sg-rule-engine-to-core-" + serviceInfoProvider.getServiceId())
                .defaultTopic(coreSettings.getTopic())
                .admin(coreAdmin)
                .build();
    }

    @Override
    public SgQueueConsumer<SgProtoQueueMsg<ToRuleEngineMsg>> createToRuleEngineMsgConsumer() {
        return SgKafkaConsumerTemplate.<SgProtoQueueMsg<ToRuleEngineMsg>>builder()
                .settings(kafkaSettings)
                .topic(ruleEngineSettings.getTopic())
                .clientId("sg-rule-engine-consumer-" + serviceInfoProvider.getServiceId())
                .groupId("sg-rule-engine-node")
                .decoder(msg -> new SgProtoQueueMsg<>(msg.getKey(), ToRuleEngineMsg.parseFrom(msg.getData()), msg.getHeaders()))
                .admin(ruleEngineAdmin)
                .build();
    }

    @Override
    @Bean
    public SgQueueRequestTemplate<SgProtoJsQueueMsg<JsInvokeProtos.RemoteJsRequest>, SgProtoQueueMsg<JsInvokeProtos.RemoteJsResponse>> createRemoteJsRequestTemplate() {
        SgKafkaProducerTemplate<SgProtoJsQueueMsg<JsInvokeProtos.RemoteJsRequest>> requestProducer = SgKafkaProducerTemplate.<SgProtoJsQueueMsg<JsInvokeProtos.RemoteJsRequest>>builder()
                .settings(kafkaSettings)
                .clientId("producer-js-invoke-" + serviceInfoProvider.getServiceId())
                .defaultTopic(jsInvokeSettings.getRequestTopic())
                .admin(jsExecutorRequestAdmin)
                .build();

        SgKafkaConsumerTemplate<SgProtoQueueMsg<JsInvokeProtos.RemoteJsResponse>> responseConsumer = SgKafkaConsumerTemplate.<SgProtoQueueMsg<JsInvokeProtos.RemoteJsResponse>>builder()
                .settings(kafkaSettings)
                .topic(jsInvokeSettings.getResponseTopic() + "." + serviceInfoProvider.getServiceId())
                .clientId("js-" + serviceInfoProvider.getServiceId())
                .groupId("rule-engine-node-" + serviceInfoProvider.getServiceId())
                .decoder(msg -> new SgProtoQueueMsg<>(msg.getKey(), JsInvokeProtos.RemoteJsResponse.parseFrom(msg.getData()), msg.getHeaders()))
                .admin(jsExecutorRequestAdmin)
                .build();

        return DefaultSgQueueRequestTemplate.builder()
                .requestTemplate(requestProducer)
                .responseTemplate(responseConsumer)
                .maxPendingRequests(jsInvokeSettings.getMaxPendingRequests())
                .maxRequestTimeout(jsInvokeSettings.getMaxRequestsTimeout())
                .build();
    }
}
