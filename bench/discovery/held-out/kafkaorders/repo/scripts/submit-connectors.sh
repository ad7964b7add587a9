#!/usr/bin/env bash
# Creates or updates the Kafka Connect connectors from connectors/*.json via the Connect REST API.
#   CONNECT_URL=http://localhost:8083 ./scripts/submit-connectors.sh
set -euo pipefail

CONNECT_URL="${CONNECT_URL:-http://localhost:8083}"
DIR="$(cd "$(dirname "$0")/../connectors" && pwd)"

until curl -fsS "${CONNECT_URL}/connectors" >/dev/null; do
  echo "waiting for Kafka Connect at ${CONNECT_URL}..."
  sleep 5
done

for file in "${DIR}"/*.json; do
  name="$(jq -r .name "$file")"
  echo "-> ${name}"
  jq .config "$file" | curl -fsS -X PUT -H 'Content-Type: application/json' \
    --data @- "${CONNECT_URL}/connectors/${name}/config" | jq -c '{name, tasks: (.tasks | length)}'
done

sleep 3
curl -fsS "${CONNECT_URL}/connectors?expand=status" | jq -r 'to_entries[] | "\(.key): \(.value.status.connector.state)"'
