#!/usr/bin/env bash
# End-to-end smoke test against a running local stack.
set -euo pipefail
ORDERS="${ORDERS_URL:-http://localhost:8080}"
ID="smoke-$(date +%s)"

curl -fsS -X POST "${ORDERS}/v1/orders" -H 'Content-Type: application/json' \
  -d "{\"id\":\"${ID}\",\"customerId\":3,\"product\":\"CARABINER_SET\",\"quantity\":1,\"price\":49.5}" -o /dev/null -w '%{http_code}\n'

state="$(curl -fsS "${ORDERS}/v1/orders/${ID}/validated?timeout=15000" | jq -r .state)"
echo "order ${ID}: ${state}"
[ "${state}" = "VALIDATED" ]

# The ES sink should have indexed it within a few seconds
sleep 5
curl -fsS "http://localhost:9200/lattice-orders/_doc/${ID}" | jq -c ._source
