/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.rule.engine.rabbitmq;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import lombok.extern.slf4j.Slf4j;
import org.sensorgrid.rule.engine.api.RuleNode;
import org.sensorgrid.rule.engine.api.SgContext;
import org.sensorgrid.rule.engine.api.SgNode;
import org.sensorgrid.rule.engine.api.SgNodeConfiguration;
import org.sensorgrid.rule.engine.api.SgNodeException;
import org.sensorgrid.rule.engine.api.util.SgNodeUtils;
import org.sensorgrid.server.common.data.plugin.ComponentType;
import org.sensorgrid.server.common.msg.SgMsg;

import java.nio.charset.StandardCharsets;

@Slf4j
@RuleNode(
        type = ComponentType.EXTERNAL,
        name = "rabbitmq",
        configClazz = SgRabbitMqNodeConfiguration.class,
        nodeDescription = "Publish messages to the RabbitMQ",
        configDirective = "sgExternalNodeRabbitMqConfig"
)
public class SgRabbitMqNode implements SgNode {

    private SgRabbitMqNodeConfiguration config;
    private Connection connection;
    private Channel channel;

    @Override
    public void init(SgContext ctx, SgNodeConfiguration configuration) throws SgNodeException {
        this.config = SgNodeUtils.convert(configuration, SgRabbitMqNodeConfiguration.class);
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(this.config.getHost());        // default "localhost" in the node config UI
        factory.setPort(this.config.getPort());
        factory.setVirtualHost(this.config.getVirtualHost());
        factory.setUsername(this.config.getUsername());
        factory.setPassword(this.config.getPassword());
        try {
            this.connection = factory.newConnection();
            this.channel = this.connection.createChannel();
        } catch (Exception e) {
            throw new SgNodeException(e);
        }
    }

    @Override
    public void onMsg(SgContext ctx, SgMsg msg) {
        String exchangeName = SgNodeUtils.processPattern(this.config.getExchangeNamePattern(), msg);
        String routingKey = SgNodeUtils.processPattern(this.config.getRoutingKeyPattern(), msg);
        try {
            channel.basicPublish(exchangeName, routingKey, null, msg.getData().getBytes(StandardCharsets.UTF_8));
            ctx.tellSuccess(msg);
        } catch (Exception e) {
            ctx.tellFailure(msg, e);
        }
    }

    @Override
    public void destroy() {
        try { if (connection != null) connection.close(); } catch (Exception ignored) { }
    }
}
