#!/usr/bin/env bash
# Post-deploy smoke test used by CI against the docker-compose stack.
set -euo pipefail
HOST="${FRONTEND_URL:-http://localhost:8080}"

for i in $(seq 1 30); do
  curl -fs "$HOST/healthz" >/dev/null && break
  sleep 2
done

out=$(curl -fs "$HOST/dispatch?customer=123")
echo "$out" | grep -q '"driver"' || { echo "unexpected response: $out"; exit 1; }
echo "smoke test ok: $out"
