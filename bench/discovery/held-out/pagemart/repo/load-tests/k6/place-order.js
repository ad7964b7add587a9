import http from 'k6/http';
import { check, sleep } from 'k6';

// Local load test: run with `k6 run load-tests/k6/place-order.js` against a running stack.
const GATEWAY = __ENV.GATEWAY_URL || 'http://localhost:8989';

export const options = {
  vus: 10,
  duration: '30s',
};

export default function () {
  const res = http.get(`${GATEWAY}/catalog/api/products?page=1`);
  check(res, { 'status is 200': (r) => r.status === 200 });

  const token = __ENV.ACCESS_TOKEN;
  if (token) {
    const payload = JSON.stringify({
      customer: { name: 'Load Test', email: 'load@example.com', phone: '0000000000' },
      deliveryAddress: { addressLine1: 'Street 1', city: 'City', country: 'Country' },
      items: [{ code: 'P100', name: 'The Hunger Games', price: 34.0, quantity: 1 }],
    });
    http.post(`${GATEWAY}/orders/api/orders`, payload, {
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    });
  }
  sleep(1);
}
