/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.server.queue.provider;

import jakarta.annotation.PreDestroy;
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
import org.sensorgrid.server.queue.settings.SgQueueTransportApiSettings;
import org.sensorgrid.server.queue.settings.SgQueueVersionControlSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

@Component
@ConditionalOnExpression("'${queue.type:null}'=='kafka' && '${service.type:null}'=='sg-core'")
public class KafkaSgCoreQueueFactory implements SgCoreQueueFactory {

    private final SgKafkaSettings kafkaSettings;
    private final SgServiceInfoProvider serviceInfoProvider;
    private final SgQueueCoreSettings coreSettings;
    private final SgQueueRuleEngineSettings ruleEngineSettings;
    private final SgQueueTransportApiSettings transportApiSettings;
    private final SgQueueRemoteJsInvokeSettings jsInvokeSettings;
    private final SgQueueVersionControlSettings vcSettings;

    private final SgQueueAdmin coreAdmin;
    private final SgQueueAdmin ruleEngineAdmin;
    private final SgQueueAdmin jsExecutorRequestAdmin;
    private final SgQueueAdmin transportApiAdmin;
    private final SgQueueAdmin vcAdmin;

    public KafkaSgCoreQueueFactory(SgKafkaSettings kafkaSettings,
                                   SgServiceInfoProvider serviceInfoProvider,
                                   SgQueueCoreSettings coreSettings,
                                   SgQueueRuleEngineSettings ruleEngineSettings,
                                   SgQueueTransportApiSettings transportApiSettings,
                                   SgQueueRemoteJsInvokeSettings jsInvokeSettings,
                                   SgQueueVersionControlSettings vcSettings,
                                   SgKafkaTopicConfigs kafkaTopicConfigs) {
        this.kafkaSettings = kafkaSettings;
        this.serviceInfoProvider = serviceInfoProvider;
        this.coreSettings = coreSettings;
        this.ruleEngineSettings = ruleEngineSettings;
        this.transportApiSettings = transportApiSettings;
        this.jsInvokeSettings = jsInvokeSettings;
        this.vcSettings = vcSettings;

        this.coreAdmin = new SgKafkaAdmin(kafkaSettings, kafkaTopicConfigs.getCoreConfigs());
        this.ruleEngineAdmin = new SgKafkaAdmin(kafkaSettings, kafkaTopicConfigs.getRuleEngineConfigs());
        this.jsExecutorRequestAdmin = new SgKafkaAdmin(kafkaSettings, kafkaTopicConfigs.getJsExecutorRequestConfigs());
        this.transportApiAdmin = new SgKafkaAdmin(kafkaSettings, kafkaTopicConfigs.getTransportApiRequestConfigs());
        this.vcAdmin = new SgKafkaAdmin(kafkaSettings, kafkaTopicConfigs.getVcConfigs());
    }

    @Override
    public SgQueueProducer<SgProtoQueueMsg<ToRuleEngineMsg>> createRuleEngineMsgProducer() {
        return SgKafkaProducerTemplate.<SgProtoQueueMsg<ToRuleEngineMsg>>builder()
                .settings(kafkaSettings)
                .clientId("sg-core-rule-engine-" + serviceInfoProvider.getServiceId())
                .defaultTopic(ruleEngineSettings.getTopic())
                .admin(ruleEngineAdmin)
                .build();
    }

    @Override
    public SgQueueProducer<SgProtoQueueMsg<ToCoreMsg>> createSgCoreMsgProducer() {
        return SgKafkaProducerTemplate.<SgProtoQueueMsg<ToCoreMsg>>builder()
                .settings(kafkaSettings)
                .clientId("sg-core-to-core-" + serviceInfoProvider.getServiceId())
                .defaultTopic(coreSettings.getTopic())
                .admin(coreAdmin)
                .build();
    }

    @Override
    public SgQueueConsumer<SgProtoQueueMsg<ToCoreMsg>> createToCoreMsgConsumer() {
        return SgKafkaConsumerTemplate.<SgProtoQueueMsg<ToCoreMsg>>builder()
                .settings(kafkaSettings)
                .topic(coreSettings.getTopic())
                .clientId("sg-core-consumer-" + serviceInfoProvider.getServiceId())
                .groupId("sg-core-node")
                .decoder(msg -> new SgProtoQueueMsg<>(msg.getKey(), ToCoreMsg.parseFrom(msg.getData()), msg.getHeaders()))
                .admin(coreAdmin)
                .build();
    }

    @Override
    public SgQueueConsumer<SgProtoQueueMsg<ToCoreNotificationMsg>> createToCoreNotificationsMsgConsumer() {
        return SgKafkaConsumerTemplate.<SgProtoQueueMsg<ToCoreNotificationMsg>>builder()
                .settings(kafkaSettings)
                .topic(coreSettings.getNotificationsTopic() + "." + serviceInfoProvider.getServiceId())
                .clientId("sg-core-notifications-consumer-" + serviceInfoProvider.getServiceId())
                .groupId("sg-core-notifications-node-" + serviceInfoProvider.getServiceId())
                .decoder(msg -> new SgProtoQueueMsg<>(msg.getKey(), ToCoreNotificationMsg.parseFrom(msg.getData()), msg.getHeaders()))
                .admin(coreAdmin)
                .build();
    }

    @Override
    public SgQueueConsumer<SgProtoQueueMsg<TransportApiRequestMsg>> createTransportApiRequestConsumer() {
        return SgKafkaConsumerTemplate.<SgProtoQueueMsg<TransportApiRequestMsg>>builder()
                .settings(kafkaSettings)
                .topic(transportApiSettings.getRequestsTopic())
                .clientId("sg-core-transport-api-consumer-" + serviceInfoProvider.getServiceId())
                .groupId("sg-core-transport-api-consumer")
                .decoder(msg -> new SgProtoQueueMsg<>(msg.getKey(), TransportApiRequestMsg.parseFrom(msg.getData()), msg.getHeaders()))
                .admin(transportApiAdmin)
                .build();
    }

    @Override
    public SgQueueProducer<SgProtoQueueMsg<TransportApiResponseMsg>> createTransportApiResponseProducer() {
        return SgKafkaProducerTemplate.<SgProtoQueueMsg<TransportApiResponseMsg>>builder()
                .settings(kafkaSettings)
                .clientId("sg-core-transport-api-producer-" + serviceInfoProvider.getServiceId())
                .defaultTopic(transportApiSettings.getResponsesTopic())
                .admin(transportApiAdmin)
                .build();
    }

    @Override
    public SgQueueProducer<SgProtoQueueMsg<ToVersionControlServiceMsg>> createVersionControlMsgProducer() {
        return SgKafkaProducerTemplate.<SgProtoQueueMsg<ToVersionControlServiceMsg>>builder()
                .settings(kafkaSettings)
                .clientId("sg-core-vc-producer-" + serviceInfoProvider.getServiceId())
                .defaultTopic(vcSettings.getTopic())
                .admin(vcAdmin)
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

    @PreDestroy
    private void destroy() {
        coreAdmin.destroy();
        ruleEngineAdmin.destroy();
        jsExecutorRequestAdmin.destroy();
        transportApiAdmin.destroy();
        vcAdmin.destroy();
    }
}
