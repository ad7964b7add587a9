// Inventory is consumed through the Gatewise gateway (keyless plan), not directly,
// so calls are rate-limited and show up in analytics.
const axios = require('axios');

const gateway = axios.create({
  baseURL: `${process.env.GATEWAY_URL || 'http://localhost:8082'}${process.env.INVENTORY_PATH || '/inventory'}`,
  timeout: 5000,
});

async function reserveStock(sku, quantity) {
  const { data } = await gateway.post(`/items/${encodeURIComponent(sku)}/reservations`, { quantity });
  return data;
}

module.exports = { reserveStock };
