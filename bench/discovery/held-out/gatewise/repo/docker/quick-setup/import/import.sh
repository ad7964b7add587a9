#!/usr/bin/env bash
# Imports the sample API definitions into Gatewise APIM, then starts and deploys them.
set -euo pipefail

MGMT_API_URL="${MGMT_API_URL:-http://localhost:8083}"
USER="${GATEWISE_ADMIN_USER:-admin}"
PASSWORD="${GATEWISE_ADMIN_PASSWORD:-admin}"
BASE="${MGMT_API_URL}/management/v2/organizations/DEFAULT/environments/DEFAULT"

echo "Waiting for management API at ${MGMT_API_URL}..."
until curl -sf -u "${USER}:${PASSWORD}" "${MGMT_API_URL}/management/organizations/DEFAULT/console" > /dev/null; do
  sleep 3
done

for def in /opt/import/apis/*.json; do
  echo "Importing $(basename "$def")"
  api_id=$(curl -sf -u "${USER}:${PASSWORD}" \
    -H "Content-Type: application/json" \
    -X POST "${BASE}/apis/_import/definition" \
    --data-binary "@${def}" | jq -r '.id')

  curl -sf -u "${USER}:${PASSWORD}" -X POST "${BASE}/apis/${api_id}/_start" > /dev/null
  curl -sf -u "${USER}:${PASSWORD}" -H "Content-Type: application/json" \
    -X POST "${BASE}/apis/${api_id}/deployments" -d '{"deploymentLabel":"quick-setup"}' > /dev/null
  echo "  -> ${api_id} started and deployed"
done
