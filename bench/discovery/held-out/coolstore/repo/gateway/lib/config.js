'use strict';

// All upstream addresses come from COOLSTORE_GW_* variables set on the Deployment.
// The defaults match the ports used when every service runs in `quarkus:dev` locally.
function env(name, fallback) {
  const value = process.env[name];
  return value && value.trim() !== '' ? value.trim().replace(/\/$/, '') : fallback;
}

module.exports = {
  port: parseInt(env('PORT', '8090'), 10),
  timeoutMs: parseInt(env('COOLSTORE_GW_TIMEOUT_MS', '3000'), 10),
  upstreams: {
    catalog: env('COOLSTORE_GW_CATALOG_URL', 'http://localhost:8081'),
    inventory: env('COOLSTORE_GW_INVENTORY_URL', 'http://localhost:8082'),
    cart: env('COOLSTORE_GW_CART_URL', 'http://localhost:8083'),
    order: env('COOLSTORE_GW_ORDER_URL', 'http://localhost:8084'),
  },
};
