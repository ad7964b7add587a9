#!/bin/sh
# Registers (or updates) a Debezium connector with the Kafka Connect REST API.
# Usage: CONNECT_URL=http://localhost:8083 register-connector.sh <connector.json>
set -eu

CONFIG_FILE="${1:-register-order-outbox.json}"
CONNECT_URL="${CONNECT_URL:-http://localhost:8083}"
ATTEMPTS=60

echo "Waiting for Kafka Connect at ${CONNECT_URL} ..."
i=0
until curl -fs "${CONNECT_URL}/connectors" > /dev/null; do
  i=$((i + 1))
  if [ "$i" -ge "$ATTEMPTS" ]; then
    echo "Kafka Connect did not come up" >&2
    exit 1
  fi
  sleep 2
done

NAME=$(sed -n 's/.*"name"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$CONFIG_FILE" | head -n 1)

if curl -fs "${CONNECT_URL}/connectors/${NAME}" > /dev/null; then
  echo "Connector ${NAME} exists, deleting before re-registering"
  curl -fs -X DELETE "${CONNECT_URL}/connectors/${NAME}"
fi

curl -fsS -X POST \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  --data @"${CONFIG_FILE}" \
  "${CONNECT_URL}/connectors"
echo
echo "Registered ${NAME}"
