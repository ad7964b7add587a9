/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.server.service.script;

import com.google.common.util.concurrent.ListenableFuture;
import lombok.extern.slf4j.Slf4j;
import org.sensorgrid.server.gen.js.JsInvokeProtos;
import org.sensorgrid.server.queue.SgQueueRequestTemplate;
import org.sensorgrid.server.queue.common.SgProtoJsQueueMsg;
import org.sensorgrid.server.queue.common.SgProtoQueueMsg;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Service;

import java.util.UUID;

/**
 * Sends script compile/invoke requests to sg-js-executor over the js_eval.requests topic and waits
 * for the reply on js_eval.responses.{serviceId}.
 */
@Slf4j
@ConditionalOnExpression("'${js.evaluator:null}'=='remote' && ('${service.type:null}'=='monolith' || '${service.type:null}'=='sg-core' || '${service.type:null}'=='sg-rule-engine')")
@Service
public class RemoteJsInvokeService extends AbstractJsInvokeService {

    @Value("${queue.js.max_requests_timeout}")
    private long maxRequestsTimeout;

    @Value("${js.remote.max_errors}")
    private int maxErrors;

    @Autowired
    protected SgQueueRequestTemplate<SgProtoJsQueueMsg<JsInvokeProtos.RemoteJsRequest>, SgProtoQueueMsg<JsInvokeProtos.RemoteJsResponse>> requestTemplate;

    @Override
    protected ListenableFuture<UUID> doEval(UUID scriptId, String functionName, String scriptBody) {
        JsInvokeProtos.JsCompileRequest jsRequest = JsInvokeProtos.JsCompileRequest.newBuilder()
                .setScriptIdMSB(scriptId.getMostSignificantBits())
                .setScriptIdLSB(scriptId.getLeastSignificantBits())
                .setFunctionName(functionName)
                .setScriptBody(scriptBody).build();
        JsInvokeProtos.RemoteJsRequest jsRequestWrapper = JsInvokeProtos.RemoteJsRequest.newBuilder()
                .setCompileRequest(jsRequest)
                .build();
        log.trace("Post compile request for scriptId [{}]", scriptId);
        return mapCompileResponse(scriptId,
                requestTemplate.send(new SgProtoJsQueueMsg<>(UUID.randomUUID(), jsRequestWrapper), maxRequestsTimeout));
    }

    @Override
    protected ListenableFuture<Object> doInvokeFunction(UUID scriptId, String functionName, Object[] args) {
        JsInvokeProtos.JsInvokeRequest.Builder jsRequestBuilder = JsInvokeProtos.JsInvokeRequest.newBuilder()
                .setScriptIdMSB(scriptId.getMostSignificantBits())
                .setScriptIdLSB(scriptId.getLeastSignificantBits())
                .setFunctionName(functionName)
                .setTimeout((int) maxRequestsTimeout);
        for (Object arg : args) {
            jsRequestBuilder.addArgs(arg.toString());
        }
        JsInvokeProtos.RemoteJsRequest jsRequestWrapper = JsInvokeProtos.RemoteJsRequest.newBuilder()
                .setInvokeRequest(jsRequestBuilder.build())
                .build();
        return mapInvokeResponse(scriptId,
                requestTemplate.send(new SgProtoJsQueueMsg<>(UUID.randomUUID(), jsRequestWrapper), maxRequestsTimeout));
    }
}
