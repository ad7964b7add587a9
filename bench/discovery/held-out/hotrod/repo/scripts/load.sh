#!/usr/bin/env bash
# Fire a burst of dispatch requests at a locally running QuickCab so the
# latency problems show up in Jaeger. Usage: scripts/load.sh [requests] [base-url]
set -euo pipefail

N="${1:-50}"
BASE="${2:-http://localhost:8080}"
CUSTOMERS=(123 392 731 567)

for i in $(seq 1 "$N"); do
  c="${CUSTOMERS[$((RANDOM % ${#CUSTOMERS[@]}))]}"
  curl -s -o /dev/null -w "%{http_code} %{time_total}s customer=$c\n" \
    -H "baggage: session=load-$$" \
    "$BASE/dispatch?customer=$c" &
  if (( i % 10 == 0 )); then wait; fi
done
wait
