import axios from "axios";

// Relative URLs: in the cluster nginx proxies /api/* through the Dapr sidecar,
// with `npm run serve` the vue.config.js dev proxy does.
const http = axios.create({ timeout: 10000 });

export const storeId = process.env.VUE_APP_STORE_ID || "Heron-Harbor";

export async function getOpenOrders(store = storeId) {
  const { data } = await http.get(`/api/makeline/orders/${encodeURIComponent(store)}`);
  return data;
}

export async function getOrderMetrics(store = storeId) {
  const { data } = await http.get("/api/accounting/OrderMetrics", { params: { storeId: store } });
  return data;
}

export async function getStoreSummary(store = storeId) {
  const { data } = await http.get(`/api/accounting/StoreSummary/${encodeURIComponent(store)}`);
  return data;
}
