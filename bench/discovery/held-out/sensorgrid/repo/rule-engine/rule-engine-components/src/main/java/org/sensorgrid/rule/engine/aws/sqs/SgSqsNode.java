/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.rule.engine.aws.sqs;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.services.sqs.AmazonSQS;
import com.amazonaws.services.sqs.AmazonSQSClientBuilder;
import com.amazonaws.services.sqs.model.SendMessageRequest;
import org.sensorgrid.rule.engine.api.RuleNode;
import org.sensorgrid.rule.engine.api.SgContext;
import org.sensorgrid.rule.engine.api.SgNodeConfiguration;
import org.sensorgrid.rule.engine.api.SgNodeException;
import org.sensorgrid.rule.engine.api.util.SgNodeUtils;
import org.sensorgrid.rule.engine.external.SgAbstractExternalNode;
import org.sensorgrid.server.common.data.plugin.ComponentType;
import org.sensorgrid.server.common.msg.SgMsg;

@RuleNode(
        type = ComponentType.EXTERNAL,
        name = "aws sqs",
        configClazz = SgSqsNodeConfiguration.class,
        nodeDescription = "Publish messages to the AWS SQS",
        configDirective = "sgExternalNodeSqsConfig"
)
public class SgSqsNode extends SgAbstractExternalNode {

    private SgSqsNodeConfiguration config;
    private AmazonSQS sqsClient;

    @Override
    public void init(SgContext ctx, SgNodeConfiguration configuration) throws SgNodeException {
        super.init(ctx);
        this.config = SgNodeUtils.convert(configuration, SgSqsNodeConfiguration.class);
        BasicAWSCredentials awsCreds = new BasicAWSCredentials(this.config.getAccessKeyId(), this.config.getSecretAccessKey());
        this.sqsClient = AmazonSQSClientBuilder.standard()
                .withCredentials(new AWSStaticCredentialsProvider(awsCreds))
                .withRegion(this.config.getRegion())
                .build();
    }

    @Override
    public void onMsg(SgContext ctx, SgMsg msg) {
        var sgMsg = ackIfNeeded(ctx, msg);
        String queueUrl = SgNodeUtils.processPattern(this.config.getQueueUrlPattern(), sgMsg);
        SendMessageRequest sendMsgRequest = new SendMessageRequest().withQueueUrl(queueUrl).withMessageBody(sgMsg.getData());
        withCallback(ctx.getExternalCallExecutor().executeAsync(() -> this.sqsClient.sendMessage(sendMsgRequest)),
                r -> tellSuccess(ctx, sgMsg), t -> tellFailure(ctx, sgMsg, t));
    }

    @Override
    public void destroy() {
        if (this.sqsClient != null) {
            this.sqsClient.shutdown();
        }
    }
}
