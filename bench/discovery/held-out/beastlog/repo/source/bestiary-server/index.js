const tracingUtils = require('./tracing')('bestiary-server');
const logUtils = require('./logging');
require('./profiling')('bestiary-server');
const express = require('express');
const bodyParser = require('body-parser');
const promClient = require('prom-client');
const { beasts } = require('./beasts');
const { pool, ensureTables } = require('./db');

const { tracer, api } = tracingUtils;
const logger = logUtils('bestiary-server', { namespace: process.env.NAMESPACE });
const app = express();
app.use(bodyParser.json());

const register = promClient.register;
const responseBucket = new promClient.Histogram({
    name: 'bestiary_request_duration_seconds',
    help: 'Response time of Bestiary endpoints',
    labelNames: ['method', 'status', 'beast'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2],
});

const validBeast = (req, res, next) => {
    if (!beasts.includes(req.params.beast)) {
        return res.status(404).send({ error: 'no such beast' });
    }
    next();
};

app.get('/metrics', async (req, res) => {
    res.set('Content-Type', register.contentType);
    res.send(await register.metrics());
});

app.post('/login', (req, res) => {
    tracer.startActiveSpan('server_login', (span) => {
        const ok = req.body && req.body.username && req.body.password;
        span.setAttribute('login.user', req.body ? req.body.username : 'unknown');
        span.end();
        res.status(ok ? 200 : 401).send({ token: ok ? 'demo-token' : null });
    });
});

app.get('/:beast', validBeast, async (req, res) => {
    const end = responseBucket.startTimer();
    const { beast } = req.params;
    try {
        const result = await pool.query(`SELECT name FROM ${beast}`);
        res.send(result.rows);
        end({ method: 'GET', status: 200, beast });
    } catch (err) {
        logger.error(`GET ${beast} failed: ${err.message}`);
        res.status(500).send({ error: err.message });
        end({ method: 'GET', status: 500, beast });
    }
});

app.post('/:beast', validBeast, async (req, res) => {
    const end = responseBucket.startTimer();
    const { beast } = req.params;
    // the unicorn endpoint is deliberately flaky to generate error traces
    if (beast === 'unicorn' && Math.random() < 0.1) {
        const span = api.trace.getActiveSpan();
        if (span) span.setStatus({ code: api.SpanStatusCode.ERROR, message: 'unicorns are shy' });
        end({ method: 'POST', status: 500, beast });
        return res.status(500).send({ error: 'unicorns are shy' });
    }
    try {
        await pool.query(`INSERT INTO ${beast}(name) VALUES ($1)`, [req.body.name]);
        res.status(201).send({ created: req.body.name });
        end({ method: 'POST', status: 201, beast });
    } catch (err) {
        res.status(500).send({ error: err.message });
        end({ method: 'POST', status: 500, beast });
    }
});

app.delete('/:beast', validBeast, async (req, res) => {
    const end = responseBucket.startTimer();
    const { beast } = req.params;
    try {
        await pool.query(`DELETE FROM ${beast} WHERE name = $1`, [req.body.name]);
        res.status(204).send();
        end({ method: 'DELETE', status: 204, beast });
    } catch (err) {
        res.status(500).send({ error: err.message });
        end({ method: 'DELETE', status: 500, beast });
    }
});

const port = parseInt(process.env.PORT || '4000', 10);

const start = async () => {
    for (let attempt = 0; attempt < 10; attempt++) {
        try {
            await ensureTables(beasts);
            break;
        } catch (err) {
            logger.warn(`database not ready (${err.message}), retrying`);
            await new Promise((r) => setTimeout(r, 2000));
        }
    }
    app.listen(port, () => logger.info(`bestiary-server listening on :${port}`));
};

if (require.main === module) {
    start();
}

module.exports = app;
