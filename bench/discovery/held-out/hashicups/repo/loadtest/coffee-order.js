import http from 'k6/http';
import { check, sleep } from 'k6';

// API_URL is the public-api address; in the mesh this is the local Envoy listener.
const API_URL = __ENV.API_URL || 'http://localhost:8080';

export const options = {
  vus: 5,
  duration: '10m',
};

const coffeesQuery = JSON.stringify({ query: '{ coffees { id name price } }' });

export default function () {
  const res = http.post(`${API_URL}/api`, coffeesQuery, {
    headers: { 'Content-Type': 'application/json' },
  });
  check(res, { 'coffees 200': (r) => r.status === 200 });

  const order = JSON.stringify({
    query: 'mutation($items: [OrderItemInput!]!) { placeOrder(items: $items) { id total } }',
    variables: { items: [{ coffeeId: 1, quantity: 2 }] },
  });
  const o = http.post(`${API_URL}/api`, order, { headers: { 'Content-Type': 'application/json' } });
  check(o, { 'order 200': (r) => r.status === 200 });
  sleep(1);
}
