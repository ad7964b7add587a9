#!/usr/bin/env bash
# Quick smoke test against a locally running stack (docker compose or quarkus:dev).
set -euo pipefail

FIGHTS_URL=${FIGHTS_URL:-http://localhost:8082}

echo "Fetching random fighters..."
fighters=$(curl -sf "${FIGHTS_URL}/api/fights/randomfighters")
echo "${fighters}"

echo "Fetching random location..."
location=$(curl -sf "${FIGHTS_URL}/api/fights/randomlocation")
echo "${location}"

echo "Starting a fight..."
curl -sf -X POST -H 'Content-Type: application/json' \
  -d "{\"hero\": $(echo "${fighters}" | jq .hero), \"villain\": $(echo "${fighters}" | jq .villain), \"location\": ${location}}" \
  "${FIGHTS_URL}/api/fights" | jq .

echo "Heroes: $(curl -sf http://localhost:8083/api/heroes/random | jq -r .name)"
echo "Villains: $(curl -sf http://localhost:8084/api/villains/random | jq -r .name)"
