import http from "k6/http";
import { check } from "k6";

const BASE_URL = __ENV.BASE_URL || "http://localhost:3333";

export const options = { vus: 1, duration: "10s" };

export default function () {
  const restrictions = { maxCaloriesPerSlice: 500, mustBeVegetarian: false, minNumberOfToppings: 2 };
  const res = http.post(`${BASE_URL}/api/pizza`, JSON.stringify(restrictions), {
    headers: { "Content-Type": "application/json", "X-User-ID": "23423" },
  });
  check(res, { "is status 200": (r) => r.status === 200 });
}
