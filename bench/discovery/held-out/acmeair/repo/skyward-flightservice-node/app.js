'use strict';

const express = require('express');
const pinoHttp = require('pino-http');
const promClient = require('prom-client');

const db = require('./lib/db');
const log = require('./lib/log');
const flights = require('./routes/flights');
const loader = require('./loader/loader');

const PORT = parseInt(process.env.PORT || '9083', 10);
const CONTEXT_ROOT = process.env.CONTEXT_ROOT || '/flight';

promClient.collectDefaultMetrics({ prefix: 'skyward_flight_' });

function createApp() {
  const app = express();
  app.disable('x-powered-by');
  app.use(pinoHttp({ logger: log, autoLogging: { ignore: (req) => req.url.startsWith('/health') } }));

  app.use(CONTEXT_ROOT, flights);
  app.use(`${CONTEXT_ROOT}/loader`, loader.router);
  app.get(`${CONTEXT_ROOT}/status`, (req, res) => res.type('text').send('OK'));

  // Same endpoints Liberty's mpHealth/mpMetrics give the Java services.
  app.get('/health/live', (req, res) => res.json({ status: 'UP' }));
  app.get('/health/ready', async (req, res) => {
    try {
      await db.ping();
      res.json({ status: 'UP' });
    } catch (err) {
      res.status(503).json({ status: 'DOWN', error: err.message });
    }
  });
  app.get('/metrics', async (req, res) => {
    res.set('Content-Type', promClient.register.contentType);
    res.end(await promClient.register.metrics());
  });

  // eslint-disable-next-line no-unused-vars
  app.use((err, req, res, next) => {
    req.log.error(err);
    res.status(500).json({ error: 'internal error' });
  });
  return app;
}

if (require.main === module) {
  db.connect()
    .then(() => {
      createApp().listen(PORT, () => log.info(`flight service listening on :${PORT}${CONTEXT_ROOT}`));
    })
    .catch((err) => {
      log.fatal(err, 'cannot connect to MongoDB');
      process.exit(1);
    });
}

module.exports = { createApp };
