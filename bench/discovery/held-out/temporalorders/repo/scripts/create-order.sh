#!/usr/bin/env bash
# Places a sample order against a locally running order API.
set -euo pipefail

ORDER_API=${ORDER_API:-http://localhost:8082}
ID=${1:-A$RANDOM}

curl -sS -X POST "$ORDER_API/orders" \
  -H 'Content-Type: application/json' \
  -d "{\"id\":\"$ID\",\"customerId\":\"1234\",\"items\":[{\"sku\":\"Nike Air Max\",\"quantity\":1},{\"sku\":\"Adidas Samba\",\"quantity\":2}]}"
echo
echo "Follow it at http://localhost:3000/orders/$ID"
