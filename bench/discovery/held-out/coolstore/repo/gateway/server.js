'use strict';

const express = require('express');
const cors = require('cors');
const morgan = require('morgan');
const config = require('./lib/config');

const app = express();
app.use(cors());
app.use(express.json());
app.use(morgan('tiny'));

app.get('/health', (req, res) => res.json({ status: 'UP' }));

app.use('/api', require('./routes/products'));
app.use('/api', require('./routes/cart'));
app.use('/api', require('./routes/orders'));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  const status = (err.response && err.response.status) || 502;
  console.error(`[gateway] ${req.method} ${req.originalUrl} -> ${status}: ${err.message}`);
  res.status(status).json({ error: err.message });
});

if (require.main === module) {
  app.listen(config.port, () => {
    console.log(`Tidewater gateway listening on ${config.port}`);
    console.log('Upstreams:', JSON.stringify(config.upstreams));
  });
}

module.exports = app;
