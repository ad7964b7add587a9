#!/usr/bin/env bash
# Registers the Debezium outbox connector with the local Kafka Connect worker.
# On OpenShift the Strimzi KafkaConnector resource in k8s/debezium-connect.yaml does this instead.
set -euo pipefail

CONNECT_URL="${CONNECT_URL:-http://localhost:8083}"
HERE="$(cd "$(dirname "$0")" && pwd)"

until curl -fs "${CONNECT_URL}/connectors" >/dev/null; do
  echo "waiting for Kafka Connect at ${CONNECT_URL} ..."
  sleep 3
done

curl -fsS -X POST -H "Content-Type: application/json" \
  --data @"${HERE}/../debezium/counter-outbox-connector.json" \
  "${CONNECT_URL}/connectors"

echo
curl -fsS "${CONNECT_URL}/connectors/counter-outbox-connector/status"
echo
