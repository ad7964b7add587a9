#!/usr/bin/env bash
# Quick smoke test against a running stack (compose or port-forwarded k8s).
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
for path in /api/v1/stationservice/welcome /api/v1/priceservice/welcome /api/v1/travelservice/welcome \
            /api/v1/orderservice/welcome /api/v1/seatservice/welcome /api/v1/userservice/users/hello; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
  echo "$code $path"
done
