/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.server.queue.provider;

import org.sensorgrid.server.gen.transport.TransportProtos.ToCoreNotificationMsg;
import org.sensorgrid.server.gen.transport.TransportProtos.ToVersionControlServiceMsg;
import org.sensorgrid.server.queue.SgQueueAdmin;
import org.sensorgrid.server.queue.SgQueueConsumer;
import org.sensorgrid.server.queue.SgQueueProducer;
import org.sensorgrid.server.queue.common.SgProtoQueueMsg;
import org.sensorgrid.server.queue.discovery.SgServiceInfoProvider;
import org.sensorgrid.server.queue.kafka.SgKafkaAdmin;
import org.sensorgrid.server.queue.kafka.SgKafkaConsumerTemplate;
import org.sensorgrid.server.queue.kafka.SgKafkaProducerTemplate;
import org.sensorgrid.server.queue.kafka.SgKafkaSettings;
import org.sensorgrid.server.queue.kafka.SgKafkaTopicConfigs;
import org.sensorgrid.server.queue.settings.SgQueueCoreSettings;
import org.sensorgrid.server.queue.settings.SgQueueVersionControlSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

@Component
@ConditionalOnExpression("'${queue.type:null}'=='kafka' && '${service.type:null}'=='sg-vc-executor'")
public class KafkaSgVersionControlQueueFactory implements SgVersionControlQueueFactory {

    private final SgKafkaSettings kafkaSettings;
    private final SgServiceInfoProvider serviceInfoProvider;
    private final SgQueueCoreSettings coreSettings;
    private final SgQueueVersionControlSettings vcSettings;
    private final SgQueueAdmin coreAdmin;
    private final SgQueueAdmin vcAdmin;

    public KafkaSgVersionControlQueueFactory(SgKafkaSettings kafkaSettings, SgServiceInfoProvider serviceInfoProvider,
                                             SgQueueCoreSettings coreSettings, SgQueueVersionControlSettings vcSettings,
                                             SgKafkaTopicConfigs kafkaTopicConfigs) {
        this.kafkaSettings = kafkaSettings;
        this.serviceInfoProvider = serviceInfoProvider;
        this.coreSettings = coreSettings;
        this.vcSettings = vcSettings;
        this.coreAdmin = new SgKafkaAdmin(kafkaSettings, kafkaTopicConfigs.getCoreConfigs());
        this.vcAdmin = new SgKafkaAdmin(kafkaSettings, kafkaTopicConfigs.getVcConfigs());
    }

    @Override
    public SgQueueProducer<SgProtoQueueMsg<ToCoreNotificationMsg>> createSgCoreNotificationsMsgProducer() {
        return SgKafkaProducerTemplate.<SgProtoQueueMsg<ToCoreNotificationMsg>>builder()
                .settings(kafkaSettings)
                .clientId("sg-vc-to-core-notifications-" + serviceInfoProvider.getServiceId())
                .defaultTopic(coreSettings.getNotificationsTopic())
                .admin(coreAdmin)
                .build();
    }

    @Override
    public SgQueueConsumer<SgProtoQueueMsg<ToVersionControlServiceMsg>> createToVersionControlMsgConsumer() {
        return SgKafkaConsumerTemplate.<SgProtoQueueMsg<ToVersionControlServiceMsg>>builder()
                .settings(kafkaSettings)
                .topic(vcSettings.getTopic())
                .clientId("sg-vc-consumer-" + serviceInfoProvider.getServiceId())
                .groupId("sg-vc-node")
                .decoder(msg -> new SgProtoQueueMsg<>(msg.getKey(), ToVersionControlServiceMsg.parseFrom(msg.getData()), msg.getHeaders()))
                .admin(vcAdmin)
                .build();
    }
}
