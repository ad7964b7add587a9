'use strict';

const path = require('path');
const express = require('express');
const compression = require('compression');
const { createProxyMiddleware } = require('http-proxy-middleware');
const config = require('./config');

const app = express();
app.use(compression());

// Runtime config consumed by the Angular app at bootstrap (keeps the bundle environment-agnostic).
app.get('/store-config.json', (req, res) => {
  res.json({ title: config.title, apiBase: '/api' });
});

// All API traffic from the browser goes through this server to the gateway.
app.use('/api', createProxyMiddleware({
  target: config.gatewayEndpoint,
  changeOrigin: true,
  logLevel: 'warn',
  pathRewrite: (p) => `/api${p}`,
}));

app.get('/healthz', (req, res) => res.send('ok'));

const staticDir = path.join(__dirname, config.staticDir);
app.use(express.static(staticDir));
app.get('*', (req, res) => res.sendFile(path.join(staticDir, 'index.html')));

app.listen(config.port, () => {
  console.log(`Storefront on :${config.port}, proxying /api to ${config.gatewayEndpoint}`);
});
