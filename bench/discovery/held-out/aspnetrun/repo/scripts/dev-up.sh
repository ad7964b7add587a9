#!/usr/bin/env bash
# Bring the stack up and smoke-test it from the host.
set -euo pipefail
cd "$(dirname "$0")/.."

docker-compose -f docker-compose.yml -f docker-compose.override.yml up -d --build

echo "waiting for services..."
sleep 20

curl -fsS http://localhost:8000/api/v1/Listing | head -c 200; echo
curl -fsS http://localhost:8001/api/v1/Cart/swn | head -c 200; echo
curl -fsS http://localhost:8002/api/v1/Coupon/IPhone%20X | head -c 200; echo
curl -fsS http://localhost:8010/Listing | head -c 200; echo
curl -fsS http://localhost:8005/api/v1/Storefront/swn | head -c 200; echo
echo "OpsBoard: http://localhost:8007/healthchecks-ui"
