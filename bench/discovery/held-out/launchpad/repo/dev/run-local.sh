#!/usr/bin/env bash
# Run one or more Launchpad services from source against the dev/docker-compose.yml dependencies.
# Usage: ./dev/run-local.sh portal conductor ledger
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CONFIG_DIR="${LAUNCHPAD_CONFIG_LOCATION:-$ROOT/config}"
LOG_DIR="$ROOT/build/dev-logs"
mkdir -p "$LOG_DIR"

if ! nc -z localhost 6379 2>/dev/null; then
  echo "redis is not listening on localhost:6379 - run 'make dev-deps' first" >&2
  exit 1
fi

for svc in "$@"; do
  echo "starting $svc (logs: $LOG_DIR/$svc.log)"
  SPRING_PROFILES_ACTIVE=local \
  LAUNCHPAD_CONFIG_LOCATION="$CONFIG_DIR" \
    "$ROOT/gradlew" -p "$ROOT" ":$svc:bootRun" >"$LOG_DIR/$svc.log" 2>&1 &
done

wait_for() {
  local name=$1 port=$2
  for _ in $(seq 1 60); do
    if curl -sf "http://localhost:${port}/health" >/dev/null; then
      echo "$name is up on :$port"; return 0
    fi
    sleep 2
  done
  echo "$name did not become healthy" >&2
}

declare -A PORTS=( [portal]=8084 [conductor]=8083 [fleetdriver]=7002 [ledger]=8080 [herald]=8089
                   [butler]=8088 [oven]=8087 [warden]=7003 [sentinel]=8090 )
for svc in "$@"; do wait_for "$svc" "${PORTS[$svc]}"; done
wait
