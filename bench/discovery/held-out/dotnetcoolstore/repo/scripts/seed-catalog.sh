#!/usr/bin/env bash
# Seeds a handful of products through the gateway (local dev only).
set -euo pipefail

GATEWAY=${GATEWAY:-http://localhost:5000}
TOKEN=$(curl -s -X POST "http://localhost:5001/connect/token" \
  -d grant_type=client_credentials -d client_id=seeder -d client_secret=seeder-secret -d scope=catalog.write \
  | jq -r .access_token)

for p in "Trail Runner 2:129.00" "Dry Bag 20L:39.50" "Headlamp X3:24.99"; do
  name="${p%%:*}"; price="${p##*:}"
  curl -s -X POST "$GATEWAY/catalog/api/products" \
    -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
    -d "{\"name\":\"$name\",\"price\":$price,\"categoryId\":1}"
  echo
done
