/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.rule.engine.mail;

import lombok.extern.slf4j.Slf4j;
import org.sensorgrid.rule.engine.api.RuleNode;
import org.sensorgrid.rule.engine.api.SgContext;
import org.sensorgrid.rule.engine.api.SgEmail;
import org.sensorgrid.rule.engine.api.SgNode;
import org.sensorgrid.rule.engine.api.SgNodeConfiguration;
import org.sensorgrid.rule.engine.api.SgNodeException;
import org.sensorgrid.rule.engine.api.util.SgNodeUtils;
import org.sensorgrid.server.common.data.plugin.ComponentType;
import org.sensorgrid.server.common.msg.SgMsg;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.Properties;

/**
 * Sends the email produced by the "to email" node either through the system mail server (admin
 * settings) or through a custom SMTP server entered in this node's configuration.
 */
@Slf4j
@RuleNode(
        type = ComponentType.EXTERNAL,
        name = "send email",
        configClazz = SgSendEmailNodeConfiguration.class,
        nodeDescription = "Sends email message via SMTP server.",
        configDirective = "sgExternalNodeSendEmailConfig",
        icon = "send"
)
public class SgSendEmailNode implements SgNode {

    private SgSendEmailNodeConfiguration config;
    private JavaMailSenderImpl mailSender;

    @Override
    public void init(SgContext ctx, SgNodeConfiguration configuration) throws SgNodeException {
        this.config = SgNodeUtils.convert(configuration, SgSendEmailNodeConfiguration.class);
        if (!this.config.isUseSystemSmtpSettings()) {
            mailSender = new JavaMailSenderImpl();
            mailSender.setHost(this.config.getSmtpHost());
            mailSender.setPort(this.config.getSmtpPort());
            mailSender.setUsername(this.config.getUsername());
            mailSender.setPassword(this.config.getPassword());
            Properties props = new Properties();
            props.put("mail.transport.protocol", this.config.getSmtpProtocol());
            mailSender.setJavaMailProperties(props);
        }
    }

    @Override
    public void onMsg(SgContext ctx, SgMsg msg) {
        SgEmail email = SgNodeUtils.readEmail(msg);
        ctx.getExternalCallExecutor().executeAsync(() -> {
            if (this.config.isUseSystemSmtpSettings()) {
                ctx.getMailService(true).send(ctx.getTenantId(), msg.getCustomerId(), email);
            } else {
                ctx.getMailService(false).send(ctx.getTenantId(), msg.getCustomerId(), email, this.mailSender, config.getTimeout());
            }
            return null;
        });
        ctx.tellSuccess(msg);
    }
}
