'use strict';

const express = require('express');
const client = require('prom-client');
const rates = require('./rates.json');

const app = express();
app.use(express.json());

const PORT = parseInt(process.env.PORT || '8080', 10);
const BASE = process.env.BASE_CURRENCY || 'USD';

client.collectDefaultMetrics({ prefix: 'kestrel_currency_' });
const conversions = new client.Counter({
  name: 'kestrel_currency_conversions_total',
  help: 'Number of conversions',
  labelNames: ['currency'],
});

app.post('/convert', (req, res) => {
  const { amount, currency } = req.body || {};
  if (typeof amount !== 'number' || !rates[currency]) {
    return res.status(400).json({ error: 'amount (number) and a known currency are required' });
  }
  conversions.inc({ currency });
  const converted = (amount / rates[BASE]) * rates[currency];
  res.json({ amount: Math.round(converted * 100) / 100, currency, base: BASE });
});

app.get('/rates', (_req, res) => res.json({ base: BASE, rates }));

app.get('/health', (_req, res) => res.json({ status: 'UP' }));

app.get('/metrics', async (_req, res) => {
  res.set('Content-Type', client.register.contentType);
  res.end(await client.register.metrics());
});

if (require.main === module) {
  app.listen(PORT, () => console.log(`currency-service listening on ${PORT}`));
}

module.exports = app;
