// k6 load test for orders-service.
//   docker compose --profile load run --rm k6
//   k6 run -e ORDERS_URL=http://localhost:8080 loadtest/orders.js
import http from 'k6/http';
import { check, sleep } from 'k6';
import { uuidv4 } from 'https://jslib.k6.io/k6-utils/1.4.0/index.js';

const BASE = __ENV.ORDERS_URL || 'http://localhost:8080';
const PRODUCTS = ['TRAIL_JACKET', 'ROPE_60M', 'CARABINER_SET', 'ALPINE_BOOTS'];

export const options = {
  scenarios: {
    steady: {
      executor: 'constant-vus',
      vus: Number(__ENV.VUS || 10),
      duration: __ENV.DURATION || '2m',
    },
  },
  thresholds: {
    http_req_failed: ['rate<0.01'],
    'http_req_duration{name:create}': ['p(95)<300'],
  },
};

export default function () {
  const id = `k6-${uuidv4()}`;
  const body = JSON.stringify({
    id,
    customerId: 1 + Math.floor(Math.random() * 50),
    product: PRODUCTS[Math.floor(Math.random() * PRODUCTS.length)],
    quantity: 1 + Math.floor(Math.random() * 3),
    price: 49.5,
  });
  const res = http.post(`${BASE}/v1/orders`, body, {
    headers: { 'Content-Type': 'application/json' },
    tags: { name: 'create' },
  });
  check(res, { 'created': (r) => r.status === 201 });

  const got = http.get(`${BASE}/v1/orders/${id}?timeout=2000`, { tags: { name: 'read' } });
  check(got, { 'readable': (r) => r.status === 200 });
  sleep(0.5);
}
