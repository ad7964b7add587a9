#!/usr/bin/env bash
set -o errexit

# Tracewell installer: brings up the single-host docker deployment.
BASE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
COMPOSE_FILE="${BASE_DIR}/docker/docker-compose.yaml"

if ! command -v docker >/dev/null 2>&1; then
  echo "docker is required: https://docs.docker.com/get-docker/" >&2
  exit 1
fi

echo "Starting Tracewell using ${COMPOSE_FILE}"
docker compose -f "${COMPOSE_FILE}" up --detach --remove-orphans

echo "Waiting for the query service to become healthy..."
for i in $(seq 1 60); do
  if curl -fs http://localhost:3301/api/v1/health >/dev/null; then
    echo "Tracewell is up: http://localhost:3301"
    exit 0
  fi
  sleep 5
done
echo "Timed out waiting for Tracewell" >&2
exit 1
