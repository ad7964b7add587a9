/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.rule.engine.kafka;

import lombok.extern.slf4j.Slf4j;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.sensorgrid.rule.engine.api.RuleNode;
import org.sensorgrid.rule.engine.api.SgContext;
import org.sensorgrid.rule.engine.api.SgNodeConfiguration;
import org.sensorgrid.rule.engine.api.SgNodeException;
import org.sensorgrid.rule.engine.api.util.SgNodeUtils;
import org.sensorgrid.rule.engine.external.SgAbstractExternalNode;
import org.sensorgrid.server.common.data.plugin.ComponentType;
import org.sensorgrid.server.common.msg.SgMsg;

import java.util.Properties;

/**
 * Publishes messages to a user-specified Kafka cluster. Not related to the platform's own queue:
 * bootstrapServers/topicPattern are node configuration (default "localhost:9092", "my-topic").
 */
@Slf4j
@RuleNode(
        type = ComponentType.EXTERNAL,
        name = "kafka",
        configClazz = SgKafkaNodeConfiguration.class,
        nodeDescription = "Publish messages to Kafka server",
        configDirective = "sgExternalNodeKafkaConfig",
        iconUrl = "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="
)
public class SgKafkaNode extends SgAbstractExternalNode {

    private SgKafkaNodeConfiguration config;
    private KafkaProducer<String, String> producer;

    @Override
    public void init(SgContext ctx, SgNodeConfiguration configuration) throws SgNodeException {
        super.init(ctx);
        this.config = SgNodeUtils.convert(configuration, SgKafkaNodeConfiguration.class);
        Properties properties = new Properties();
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "producer-sg-kafka-node-" + ctx.getSelfId().getId() + "-" + ctx.getServiceId());
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.getBootstrapServers());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, config.getValueSerializer());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, config.getKeySerializer());
        properties.put(ProducerConfig.ACKS_CONFIG, config.getAcks());
        properties.put(ProducerConfig.RETRIES_CONFIG, config.getRetries());
        if (config.getOtherProperties() != null) {
            config.getOtherProperties().forEach(properties::put);
        }
        this.producer = new KafkaProducer<>(properties);
    }

    @Override
    public void onMsg(SgContext ctx, SgMsg msg) {
        String topic = SgNodeUtils.processPattern(config.getTopicPattern(), msg);
        var sgMsg = ackIfNeeded(ctx, msg);
        producer.send(new ProducerRecord<>(topic, sgMsg.getData()), (metadata, e) -> {
            if (e == null) {
                tellSuccess(ctx, sgMsg);
            } else {
                tellFailure(ctx, sgMsg, e);
            }
        });
    }

    @Override
    public void destroy() {
        if (this.producer != null) {
            this.producer.close();
        }
    }
}
