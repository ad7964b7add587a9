#!/usr/bin/env bash
# Smoke test against a local docker compose stack.
set -euo pipefail

BASE=${BASE:-http://localhost}

echo "frontend"; curl -fsS "$BASE/" > /dev/null
echo "graphql";  curl -fsS "$BASE/api" -H 'content-type: application/json' \
  -d '{"query":"{ coffees { id name } }"}' | grep -q '"coffees"'
echo "product-api health"; curl -fsS http://localhost:9090/health
echo "payments health";    curl -fsS http://localhost:18000/actuator/health
echo "ok"
