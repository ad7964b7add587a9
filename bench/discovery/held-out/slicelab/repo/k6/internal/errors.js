import http from "k6/http";

// Exercises the error injector headers (forwarded by recommendations to catalog).
const BASE_URL = __ENV.BASE_URL || "http://localhost:3333";

export default function () {
  http.post(`${BASE_URL}/api/pizza`, "{}", {
    headers: {
      "Content-Type": "application/json",
      "x-error-record-recommendation": "internal-error",
      "x-error-record-recommendation-percentage": "20",
    },
  });
}
