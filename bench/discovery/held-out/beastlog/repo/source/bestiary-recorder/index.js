const tracingUtils = require('./tracing')('bestiary-recorder');
const logUtils = require('./logging');
require('./profiling')('bestiary-recorder');
const express = require('express');
const promClient = require('prom-client');
const { beasts } = require('./beasts');
const queue = require('./queue');

const { tracer, api } = tracingUtils;
const logger = logUtils('bestiary-recorder', { namespace: process.env.NAMESPACE });

const recorded = new promClient.Counter({
    name: 'bestiary_recorded_total',
    help: 'Messages recorded from the queue',
    labelNames: ['beast', 'method'],
});

const handleMessage = (beast) => async (message, headers) => {
    const parentCtx = api.propagation.extract(api.context.active(), headers);
    await tracer.startActiveSpan(`recorder_${beast}`, {}, parentCtx, async (span) => {
        recorded.inc({ beast, method: message.method });
        logger.info(`recorded ${message.method} on ${beast} (status ${message.status})`);
        span.end();
    });
};

const startQueueReader = async () => {
    try {
        for (const beast of beasts) {
            await queue.consumeQueue(beast, handleMessage(beast));
        }
        logger.info('recorder consuming from queues: ' + beasts.join(', '));
    } catch (err) {
        logger.warn(`queue not ready (${err.message}), retrying in 5s`);
        setTimeout(startQueueReader, 5000);
    }
};

const app = express();
app.get('/metrics', async (req, res) => {
    res.set('Content-Type', promClient.register.contentType);
    res.send(await promClient.register.metrics());
});
app.listen(4002, () => logger.info('recorder metrics listening on :4002'));

startQueueReader();
