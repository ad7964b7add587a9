/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.rule.engine.aws.sns;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.services.sns.AmazonSNS;
import com.amazonaws.services.sns.AmazonSNSClient;
import com.amazonaws.services.sns.model.PublishRequest;
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
        name = "aws sns",
        configClazz = SgSnsNodeConfiguration.class,
        nodeDescription = "Publish messages to the AWS SNS",
        configDirective = "sgExternalNodeSnsConfig"
)
public class SgSnsNode extends SgAbstractExternalNode {

    private SgSnsNodeConfiguration config;
    private AmazonSNS snsClient;

    @Override
    public void init(SgContext ctx, SgNodeConfiguration configuration) throws SgNodeException {
        super.init(ctx);
        this.config = SgNodeUtils.convert(configuration, SgSnsNodeConfiguration.class);
        BasicAWSCredentials awsCreds = new BasicAWSCredentials(this.config.getAccessKeyId(), this.config.getSecretAccessKey());
        this.snsClient = AmazonSNSClient.builder()
                .withCredentials(new AWSStaticCredentialsProvider(awsCreds))
                .withRegion(this.config.getRegion())
                .build();
    }

    @Override
    public void onMsg(SgContext ctx, SgMsg msg) {
        var sgMsg = ackIfNeeded(ctx, msg);
        String topicArn = SgNodeUtils.processPattern(this.config.getTopicArnPattern(), sgMsg);
        PublishRequest publishRequest = new PublishRequest().withTopicArn(topicArn).withMessage(sgMsg.getData());
        withCallback(ctx.getExternalCallExecutor().executeAsync(() -> this.snsClient.publish(publishRequest)),
                r -> tellSuccess(ctx, sgMsg), t -> tellFailure(ctx, sgMsg, t));
    }

    @Override
    public void destroy() {
        if (this.snsClient != null) {
            this.snsClient.shutdown();
        }
    }
}
