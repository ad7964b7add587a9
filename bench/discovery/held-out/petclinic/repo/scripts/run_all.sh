#!/usr/bin/env bash
# Starts every Tailwag Clinic service locally from the built jars (run by hand, dev only).
# Logs go to target/<service>.log. Stop with: pkill -f tailwag-
set -o errexit
set -o pipefail

VERSION=3.4.1-SNAPSHOT
ROOT=$(cd "$(dirname "$0")/.." && pwd)

start() {
  local module=$1
  echo "Starting ${module}..."
  nohup java -jar "${ROOT}/${module}/target/${module}-${VERSION}.jar" \
    > "${ROOT}/${module}/target/${module}.log" 2>&1 &
}

wait_for() {
  local url=$1
  until curl -s -o /dev/null "${url}"; do
    echo "  waiting for ${url}"
    sleep 2
  done
}

start tailwag-config-server
wait_for http://localhost:8888/actuator/health
start tailwag-discovery-server
wait_for http://localhost:8761/actuator/health

start tailwag-customers-service
start tailwag-visits-service
start tailwag-vets-service
start tailwag-genai-service
start tailwag-api-gateway
start tailwag-admin-server

echo "All services started. UI: http://localhost:8080  Eureka: http://localhost:8761"
