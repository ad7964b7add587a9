// Same-origin calls only: nginx (or the Vite dev server) forwards /api and /graphql to the backend.

export async function fetchStoreSummaries() {
  const res = await fetch('/api/reports/stores');
  if (!res.ok) throw new Error(`reports failed: ${res.status}`);
  return res.json();
}

export async function fetchOrders(storeId) {
  const query = `query Orders($storeId: String) {
    orders(storeId: $storeId) { orderId status total createdAt fulfilledAt }
  }`;
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables: { storeId } })
  });
  const body = await res.json();
  if (body.errors) throw new Error(body.errors.map(e => e.message).join('; '));
  return body.data.orders;
}
