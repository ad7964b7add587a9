#!/usr/bin/env bash
# Registers (or updates) the Debezium connectors on the Kafka Connect worker.
# Run once after `docker compose up`.
set -euo pipefail

CONNECT_URL="${CONNECT_URL:-http://localhost:8083}"
DIR="$(cd "$(dirname "$0")" && pwd)"

echo "Waiting for Kafka Connect at ${CONNECT_URL} ..."
until curl -sf "${CONNECT_URL}/connectors" > /dev/null; do
  sleep 3
done

for file in "${DIR}"/*-connector.json; do
  name=$(jq -r .name "$file")
  echo "Registering ${name}"
  jq .config "$file" | curl -sf -X PUT -H "Content-Type: application/json" \
    --data @- "${CONNECT_URL}/connectors/${name}/config" > /dev/null
done

curl -s "${CONNECT_URL}/connectors?expand=status" | jq 'map_values(.status.connector.state)'
