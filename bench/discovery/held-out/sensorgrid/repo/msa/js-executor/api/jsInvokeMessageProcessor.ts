///
/// Copyright © 2016-2026 The SensorGrid Authors
///

import config from 'config';
import { _logger } from '../config/logger';
import { JsExecutor } from './jsExecutor';
import { IQueue } from '../queue/queue.models';
import Long from 'long';

const scriptBodyTraceFrequency = Number(config.get('script.script_body_trace_frequency'));
const maxActiveScripts = Number(config.get('script.max_active_scripts'));
const useSandbox = config.get('script.use_sandbox') === 'true';

/**
 * Handles RemoteJsRequest messages polled from the request topic and publishes the
 * RemoteJsResponse to the response topic named by the caller (js_eval.responses.<serviceId>),
 * which is carried in the request itself.
 */
export class JsInvokeMessageProcessor {

    private logger = _logger(`JsInvokeMessageProcessor`);
    private producer: IQueue;
    private executor: JsExecutor;
    private scriptMap = new Map<string, any>();
    private scriptIds: string[] = [];
    private executedScriptsCounter = 0;

    constructor(produced: IQueue) {
        this.producer = produced;
        this.executor = new JsExecutor(useSandbox);
    }

    onJsInvokeMessage(message: any) {
        const tStartTime = performance.now();
        const requestId = message.key;
        const headers = message.headers;
        const buf = message.data;
        const request = JSON.parse(buf.toString('utf8'));
        const responseTopic = request.responseTopic;

        if (request.compileRequest) {
            this.processCompileRequest(requestId, responseTopic, headers, request.compileRequest);
        } else if (request.invokeRequest) {
            this.processInvokeRequest(requestId, responseTopic, headers, request.invokeRequest);
        } else if (request.releaseRequest) {
            this.processReleaseRequest(requestId, responseTopic, headers, request.releaseRequest);
        } else {
            this.logger.error('[%s] Unknown request received!', requestId);
        }
        this.logger.debug('[%s] Processed in %d ms', requestId, performance.now() - tStartTime);
    }

    processCompileRequest(requestId: string, responseTopic: string, headers: any, compileRequest: any) {
        const scriptId = this.getScriptId(compileRequest);
        this.executor.compileScript(compileRequest.scriptBody).then(
            (script) => {
                this.cacheScript(scriptId, script);
                this.sendResponse(requestId, responseTopic, headers, scriptId, {compileResponse: {success: true, scriptIdMSB: compileRequest.scriptIdMSB, scriptIdLSB: compileRequest.scriptIdLSB}});
            },
            (err) => {
                this.sendResponse(requestId, responseTopic, headers, scriptId, {compileResponse: {success: false, errorDetails: err.message}});
            }
        );
    }

    processInvokeRequest(requestId: string, responseTopic: string, headers: any, invokeRequest: any) {
        const scriptId = this.getScriptId(invokeRequest);
        this.executedScriptsCounter++;
        if (this.executedScriptsCounter % scriptBodyTraceFrequency == 0) {
            this.logger.info('[%s] Executing script body: [%s]', scriptId, invokeRequest.scriptBody);
        }
        const script = this.scriptMap.get(scriptId);
        this.executor.executeScript(script, invokeRequest.args, invokeRequest.timeout).then(
            (result) => this.sendResponse(requestId, responseTopic, headers, scriptId, {invokeResponse: {success: true, result}}),
            (err) => this.sendResponse(requestId, responseTopic, headers, scriptId, {invokeResponse: {success: false, errorDetails: err.message}})
        );
    }

    processReleaseRequest(requestId: string, responseTopic: string, headers: any, releaseRequest: any) {
        const scriptId = this.getScriptId(releaseRequest);
        this.scriptMap.delete(scriptId);
        this.sendResponse(requestId, responseTopic, headers, scriptId, {releaseResponse: {success: true}});
    }

    sendResponse(requestId: string, responseTopic: string, headers: any, scriptId: string, rawResponse: any) {
        const tStartTime = performance.now();
        this.producer.send(responseTopic, scriptId, Buffer.from(JSON.stringify(rawResponse)), headers).then(
            () => this.logger.debug('[%s] Response sent to queue, took [%s]ms, scriptId: [%s]', requestId, (performance.now() - tStartTime), scriptId),
            (err: any) => this.logger.error('[%s] Failed to send response to queue: %s', requestId, err)
        );
    }

    private cacheScript(scriptId: string, script: any) {
        if (!this.scriptMap.has(scriptId)) {
            this.scriptIds.push(scriptId);
            while (this.scriptIds.length > maxActiveScripts) {
                const prevScriptId = this.scriptIds.shift()!;
                this.scriptMap.delete(prevScriptId);
            }
        }
        this.scriptMap.set(scriptId, script);
    }

    private getScriptId(request: any): string {
        return new Long(request.scriptIdMSB).toString() + '-' + new Long(request.scriptIdLSB).toString();
    }
}
