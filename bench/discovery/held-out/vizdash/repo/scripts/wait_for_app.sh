#!/usr/bin/env bash
# Used by Cypress runs: poll the local app until /health returns OK.
set -e
URL="${1:-http://localhost:8088/health}"
for i in $(seq 1 60); do
  if curl -sf "$URL" > /dev/null; then
    echo "Vizdash is up"
    exit 0
  fi
  sleep 2
done
echo "Timed out waiting for $URL" >&2
exit 1
