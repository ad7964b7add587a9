/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.rule.engine.mqtt;

import io.netty.handler.codec.mqtt.MqttQoS;
import lombok.extern.slf4j.Slf4j;
import org.sensorgrid.mqtt.MqttClient;
import org.sensorgrid.mqtt.MqttClientConfig;
import org.sensorgrid.rule.engine.api.RuleNode;
import org.sensorgrid.rule.engine.api.SgContext;
import org.sensorgrid.rule.engine.api.SgNodeConfiguration;
import org.sensorgrid.rule.engine.api.SgNodeException;
import org.sensorgrid.rule.engine.api.util.SgNodeUtils;
import org.sensorgrid.rule.engine.external.SgAbstractExternalNode;
import org.sensorgrid.server.common.data.plugin.ComponentType;
import org.sensorgrid.server.common.msg.SgMsg;

import java.nio.charset.StandardCharsets;

/**
 * Publishes to an arbitrary MQTT broker; host/port/credentials are per-node configuration.
 */
@Slf4j
@RuleNode(
        type = ComponentType.EXTERNAL,
        name = "mqtt",
        configClazz = SgMqttNodeConfiguration.class,
        nodeDescription = "Publish messages to the MQTT broker",
        configDirective = "sgExternalNodeMqttConfig",
        icon = "call_split"
)
public class SgMqttNode extends SgAbstractExternalNode {

    protected SgMqttNodeConfiguration mqttNodeConfiguration;
    protected MqttClient mqttClient;

    @Override
    public void init(SgContext ctx, SgNodeConfiguration configuration) throws SgNodeException {
        super.init(ctx);
        this.mqttNodeConfiguration = SgNodeUtils.convert(configuration, SgMqttNodeConfiguration.class);
        try {
            MqttClientConfig config = new MqttClientConfig();
            config.setClientId(mqttNodeConfiguration.getClientId());
            config.setCleanSession(mqttNodeConfiguration.isCleanSession());
            this.mqttClient = MqttClient.create(config, null, ctx.getExternalCallExecutor());
            this.mqttClient.connect(mqttNodeConfiguration.getHost(), mqttNodeConfiguration.getPort()).get();
        } catch (Exception e) {
            throw new SgNodeException(e);
        }
    }

    @Override
    public void onMsg(SgContext ctx, SgMsg msg) {
        String topic = SgNodeUtils.processPattern(this.mqttNodeConfiguration.getTopicPattern(), msg);
        var sgMsg = ackIfNeeded(ctx, msg);
        this.mqttClient.publish(topic, io.netty.buffer.Unpooled.wrappedBuffer(sgMsg.getData().getBytes(StandardCharsets.UTF_8)),
                        MqttQoS.AT_LEAST_ONCE, mqttNodeConfiguration.isRetainedMessage())
                .addListener(future -> {
                    if (future.isSuccess()) {
                        tellSuccess(ctx, sgMsg);
                    } else {
                        tellFailure(ctx, sgMsg, future.cause());
                    }
                });
    }

    @Override
    public void destroy() {
        if (this.mqttClient != null) {
            this.mqttClient.disconnect();
        }
    }
}
