#!/usr/bin/env bash
# Enables a Chaos Monkey assault on a locally running service (run by hand).
# Usage: ./call_chaos.sh <port> <attacks_file>
#   e.g. ./call_chaos.sh 8081 attacks_enable_latency.json
set -o errexit

PORT=${1:-8081}
ATTACKS=${2:-attacks_enable_latency.json}
BASE="http://localhost:${PORT}/actuator/chaosmonkey"

curl -s -X POST "${BASE}/enable"
curl -s -X POST "${BASE}/watchers" -H 'Content-Type: application/json' \
  --data '{"restController": true, "service": true, "repository": true}'
curl -s -X POST "${BASE}/assaults" -H 'Content-Type: application/json' \
  --data @"$(dirname "$0")/${ATTACKS}"
echo
curl -s "${BASE}/status"
echo
