// k6 run tests/load/k6-browse.js -e BASE_URL=http://localhost:5000
import http from "k6/http";
import { check, sleep } from "k6";

export const options = {
  vus: 20,
  duration: "1m",
  thresholds: { http_req_duration: ["p(95)<400"] },
};

const BASE = __ENV.BASE_URL || "http://localhost:5000";

export default function () {
  const res = http.get(`${BASE}/catalog/api/products?q=&page=1`);
  check(res, { "status 200": (r) => r.status === 200 });
  sleep(1);
}
