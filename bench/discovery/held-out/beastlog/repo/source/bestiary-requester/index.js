const tracingUtils = require('./tracing')('bestiary-requester');
const logUtils = require('./logging');
require('./profiling')('bestiary-requester');
const http = require('http');
const promClient = require('prom-client');
const express = require('express');
const { randomBeast, randomName } = require('./beasts');
const queue = require('./queue');

const { tracer, api } = tracingUtils;
const logger = logUtils('bestiary-requester', { namespace: process.env.NAMESPACE });

// host:port of the Bestiary API, e.g. "bestiary-server:4000"
const serverHostPort = process.env.BESTIARY_SERVER_HOST_PORT || 'bestiary-server:4000';
const [serverHost, serverPort] = serverHostPort.split(':');

const register = promClient.register;
const requestCounter = new promClient.Counter({
    name: 'bestiary_requests_total',
    help: 'Requests sent to the Bestiary server',
    labelNames: ['beast', 'method', 'status'],
});

const callServer = (method, path, body) => new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : undefined;
    const req = http.request({
        host: serverHost,
        port: serverPort || 4000,
        path,
        method,
        headers: {
            'Content-Type': 'application/json',
            ...(payload ? { 'Content-Length': Buffer.byteLength(payload) } : {}),
        },
    }, (res) => {
        let data = '';
        res.on('data', (chunk) => { data += chunk; });
        res.on('end', () => resolve({ status: res.statusCode, data }));
    });
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
});

const makeRequest = async () => {
    const beast = randomBeast();
    const roll = Math.random();
    const method = roll < 0.6 ? 'GET' : (roll < 0.9 ? 'POST' : 'DELETE');

    await tracer.startActiveSpan(`requester_${method}_${beast}`, async (span) => {
        try {
            if (Math.random() < 0.05) {
                // occasionally log in first so the server emits auth spans
                await callServer('POST', '/login', { username: 'apprentice', password: 'changeme' });
            }
            const body = method === 'GET' ? undefined : { name: randomName() };
            const res = await callServer(method, `/${beast}`, body);
            requestCounter.inc({ beast, method, status: res.status });
            logger.info(`${method} /${beast} -> ${res.status}`, { traceID: span.spanContext().traceId });

            // tell the recorder what we did
            await queue.publishToQueue(beast, { method, beast, status: res.status, at: Date.now() });
            span.setStatus({ code: api.SpanStatusCode.OK });
        } catch (err) {
            span.setStatus({ code: api.SpanStatusCode.ERROR, message: err.message });
            logger.error(`request failed: ${err.message}`);
        } finally {
            span.end();
        }
    });

    setTimeout(makeRequest, Math.floor(Math.random() * 1000) + 100);
};

// metrics endpoint, scraped by Alloy
const app = express();
app.get('/metrics', async (req, res) => {
    res.set('Content-Type', register.contentType);
    res.send(await register.metrics());
});
app.listen(4001, () => logger.info('requester metrics listening on :4001'));

makeRequest();
