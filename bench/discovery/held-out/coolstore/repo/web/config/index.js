'use strict';

// Server-side settings for the storefront. The gateway address is injected by the
// Deployment (COOLSTORE_GW_ENDPOINT); the fallback is the gateway's local dev port.
module.exports = {
  port: process.env.PORT || 8080,
  title: process.env.STORE_TITLE || 'Tidewater Outfitters',
  gatewayEndpoint: process.env.COOLSTORE_GW_ENDPOINT || 'http://localhost:8090',
  staticDir: process.env.STATIC_DIR || 'dist/tidewater-web/browser',
};
