#!/usr/bin/env bash
# Quick end-to-end check against a running store (docker compose or port-forwarded ui).
set -euo pipefail

BASE_URL="${1:-http://localhost:8888}"

echo "Checking ${BASE_URL}"
curl -fsS "${BASE_URL}/actuator/health" | grep -q '"UP"'
curl -fsS "${BASE_URL}/" | grep -q "Driftwood Goods"
curl -fsS "${BASE_URL}/catalog" >/dev/null

# add something to the cart and check out as a throwaway session
COOKIES=$(mktemp)
curl -fsS -c "$COOKIES" -b "$COOKIES" -X POST "${BASE_URL}/cart" \
  -d "productId=d27cf49f-b689-4a75-a249-d373e0330bb5" >/dev/null
curl -fsS -c "$COOKIES" -b "$COOKIES" "${BASE_URL}/cart" | grep -q "Beach Lantern"
rm -f "$COOKIES"

echo "Smoke test passed"
