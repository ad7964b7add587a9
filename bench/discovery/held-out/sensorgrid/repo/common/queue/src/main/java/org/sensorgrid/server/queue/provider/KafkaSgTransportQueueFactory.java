/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.server.queue.provider;

import org.sensorgrid.server.gen.transport.TransportProtos.*;
import org.sensorgrid.server.queue.SgQueueAdmin;
import org.sensorgrid.server.queue.SgQueueConsumer;
import org.sensorgrid.server.queue.SgQueueProducer;
import org.sensorgrid.server.queue.SgQueueRequestTemplate;
import org.sensorgrid.server.queue.common.DefaultSgQueueRequestTemplate;
import org.sensorgrid.server.queue.common.SgProtoQueueMsg;
import org.sensorgrid.server.queue.discovery.SgServiceInfoProvider;
import org.sensorgrid.server.queue.kafka.SgKafkaAdmin;
import org.sensorgrid.server.queue.kafka.SgKafkaConsumerTemplate;
import org.sensorgrid.server.queue.kafka.SgKafkaProducerTemplate;
import org.sensorgrid.server.queue.kafka.SgKafkaSettings;
import org.sensorgrid.server.queue.kafka.SgKafkaTopicConfigs;
import org.sensorgrid.server.queue.settings.SgQueueCoreSettings;
import org.sensorgrid.server.queue.settings.SgQueueRuleEngineSettings;
import org.sensorgrid.server.queue.settings.SgQueueTransportApiSettings;
import org.sensorgrid.server.queue.settings.SgQueueTransportNotificationSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Used by the standalone transport services (service.type=sg-transport, see the transport ymls).
 */
@Component
@ConditionalOnExpression("'${queue.type:null}'=='kafka' && '${service.type:null}'=='sg-transport'")
public class KafkaSgTransportQueueFactory implements SgTransportQueueFactory {

    private final SgKafkaSettings kafkaSettings;
    private final SgServiceInfoProvider serviceInfoProvider;
    private final SgQueueCoreSettings coreSettings;
    private final SgQueueRuleEngineSettings ruleEngineSettings;
    private final SgQueueTransportApiSettings transportApiSettings;
    private final SgQueueTransportNotificationSettings transportNotificationSettings;

    private final SgQueueAdmin coreAdmin;
    private final SgQueueAdmin ruleEngineAdmin;
    private final SgQueueAdmin transportApiRequestAdmin;
    private final SgQueueAdmin transportApiResponseAdmin;
    private final SgQueueAdmin notificationAdmin;

    public KafkaSgTransportQueueFactory(SgKafkaSettings kafkaSettings,
                                        SgServiceInfoProvider serviceInfoProvider,
                                        SgQueueCoreSettings coreSettings,
                                        SgQueueRuleEngineSettings ruleEngineSettings,
                                        SgQueueTransportApiSettings transportApiSettings,
                                        SgQueueTransportNotificationSettings transportNotificationSettings,
                                        SgKafkaTopicConfigs kafkaTopicConfigs) {
        this.kafkaSettings = kafkaSettings;
        this.serviceInfoProvider = serviceInfoProvider;
        this.coreSettings = coreSettings;
        this.ruleEngineSettings = ruleEngineSettings;
        this.transportApiSettings = transportApiSettings;
        this.transportNotificationSettings = transportNotificationSettings;

        this.coreAdmin = new SgKafkaAdmin(kafkaSettings, kafkaTopicConfigs.getCoreConfigs());
        this.ruleEngineAdmin = new SgKafkaAdmin(kafkaSettings, kafkaTopicConfigs.getRuleEngineConfigs());
        this.transportApiRequestAdmin = new SgKafkaAdmin(kafkaSettings, kafkaTopicConfigs.getTransportApiRequestConfigs());
        this.transportApiResponseAdmin = new SgKafkaAdmin(kafkaSettings, kafkaTopicConfigs.getTransportApiResponseConfigs());
        this.notificationAdmin = new SgKafkaAdmin(kafkaSettings, kafkaTopicConfigs.getNotificationsConfigs());
    }

    @Override
    public SgQueueRequestTemplate<SgProtoQueueMsg<TransportApiRequestMsg>, SgProtoQueueMsg<TransportApiResponseMsg>> createTransportApiRequestTemplate() {
        SgKafkaProducerTemplate<SgProtoQueueMsg<TransportApiRequestMsg>> requestProducer = SgKafkaProducerTemplate.<SgProtoQueueMsg<TransportApiRequestMsg>>builder()
                .settings(kafkaSettings)
                .clientId("transport-api-request-" + serviceInfoProvider.getServiceId())
                .defaultTopic(transportApiSettings.getRequestsTopic())
                .admin(transportApiRequestAdmin)
                .build();

        SgKafkaConsumerTemplate<SgProtoQueueMsg<TransportApiResponseMsg>> responseConsumer = SgKafkaConsumerTemplate.<SgProtoQueueMsg<TransportApiResponseMsg>>builder()
                .settings(kafkaSettings)
                .topic(transportApiSettings.getResponsesTopic() + "." + serviceInfoProvider.getServiceId())
                .clientId("transport-api-response-" + serviceInfoProvider.getServiceId())
                .groupId("transport-node-" + serviceInfoProvider.getServiceId())
                .decoder(msg -> new SgProtoQueueMsg<>(msg.getKey(), TransportApiResponseMsg.parseFrom(msg.getData()), msg.getHeaders()))
                .admin(transportApiResponseAdmin)
                .build();

        return DefaultSgQueueRequestTemplate.builder()
                .requestTemplate(requestProducer)
                .responseTemplate(responseConsumer)
                .maxPendingRequests(transportApiSettings.getMaxPendingRequests())
                .maxRequestTimeout(transportApiSettings.getMaxRequestsTimeout())
                .build();
    }

    @Override
    public SgQueueProducer<SgProtoQueueMsg<ToRuleEngineMsg>> createRuleEngineMsgProducer() {
        return SgKafkaProducerTemplate.<SgProtoQueueMsg<ToRuleEngineMsg>>builder()
                .settings(kafkaSettings)
                .clientId("transport-node-rule-engine-" + serviceInfoProvider.getServiceId())
                .defaultTopic(ruleEngineSettings.getTopic())
                .admin(ruleEngineAdmin)
                .build();
    }

    @Override
    public SgQueueProducer<SgProtoQueueMsg<ToCoreMsg>> createSgCoreMsgProducer() {
        return SgKafkaProducerTemplate.<SgProtoQueueMsg<ToCoreMsg>>builder()
                .settings(kafkaSettings)
                .clientId("transport-node-core-" + serviceInfoProvider.getServiceId())
                .defaultTopic(coreSettings.getTopic())
                .admin(coreAdmin)
                .build();
    }

    @Override
    public SgQueueConsumer<SgProtoQueueMsg<ToTransportMsg>> createTransportNotificationsConsumer() {
        return SgKafkaConsumerTemplate.<SgProtoQueueMsg<ToTransportMsg>>builder()
                .settings(kafkaSettings)
                .topic(transportNotificationSettings.getNotificationsTopic() + "." + serviceInfoProvider.getServiceId())
                .clientId("transport-api-notifications-" + serviceInfoProvider.getServiceId())
                .groupId("transport-node-" + serviceInfoProvider.getServiceId())
                .decoder(msg -> new SgProtoQueueMsg<>(msg.getKey(), ToTransportMsg.parseFrom(msg.getData()), msg.getHeaders()))
                .admin(notificationAdmin)
                .build();
    }
}
