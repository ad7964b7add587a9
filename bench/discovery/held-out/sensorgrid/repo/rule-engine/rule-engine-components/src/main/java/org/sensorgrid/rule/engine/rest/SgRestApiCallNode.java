/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.rule.engine.rest;

import lombok.extern.slf4j.Slf4j;
import org.sensorgrid.rule.engine.api.RuleNode;
import org.sensorgrid.rule.engine.api.SgContext;
import org.sensorgrid.rule.engine.api.SgNode;
import org.sensorgrid.rule.engine.api.SgNodeConfiguration;
import org.sensorgrid.rule.engine.api.SgNodeException;
import org.sensorgrid.rule.engine.api.util.SgNodeUtils;
import org.sensorgrid.server.common.data.plugin.ComponentType;
import org.sensorgrid.server.common.msg.SgMsg;

/**
 * "REST API call" external node. The endpoint URL pattern, method and headers come from the node
 * configuration a tenant administrator enters in the rule chain editor, e.g. http://example.com/api/${deviceName}.
 */
@Slf4j
@RuleNode(
        type = ComponentType.EXTERNAL,
        name = "rest api call",
        configClazz = SgRestApiCallNodeConfiguration.class,
        nodeDescription = "Invoke REST API calls to external REST server",
        configDirective = "sgExternalNodeRestApiCallConfig",
        icon = "call_split"
)
public class SgRestApiCallNode implements SgNode {

    private SgHttpClient httpClient;

    @Override
    public void init(SgContext ctx, SgNodeConfiguration configuration) throws SgNodeException {
        SgRestApiCallNodeConfiguration config = SgNodeUtils.convert(configuration, SgRestApiCallNodeConfiguration.class);
        httpClient = new SgHttpClient(config, ctx.getSharedEventLoop());
    }

    @Override
    public void onMsg(SgContext ctx, SgMsg msg) {
        httpClient.processMessage(ctx, msg,
                m -> ctx.tellSuccess(m),
                (m, t) -> ctx.tellFailure(m, t));
    }

    @Override
    public void destroy() {
        if (this.httpClient != null) {
            this.httpClient.destroy();
        }
    }
}
