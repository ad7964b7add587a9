const express = require('express');
const { default: agent } = require('skywalking-backend-js');
const { createStore } = require('./store');

agent.start({
    serviceName: process.env.SW_AGENT_NAME || 'agent::rating',
    traceIgnorePath: '/health',
});

function buildApp(store) {
    const app = express();
    app.use(express.json());

    app.get('/rating', async (req, res) => {
        res.json(await store.all());
    });

    app.post('/rating/:id', async (req, res) => {
        const score = Number(req.body.rating);
        if (Number.isNaN(score) || score < 0 || score > 10) {
            return res.status(400).json({ error: 'rating must be between 0 and 10' });
        }
        await store.rate(req.params.id, score);
        res.status(204).end();
    });

    app.get('/health', (req, res) => res.send('OK'));
    return app;
}

if (require.main === module) {
    const store = createStore();
    store.seed().catch((e) => console.error('seed failed', e));
    const PORT = process.env.PORT || 80;
    buildApp(store).listen(PORT, () => console.log(`rating service listening on ${PORT}`));
}

module.exports = { buildApp };
