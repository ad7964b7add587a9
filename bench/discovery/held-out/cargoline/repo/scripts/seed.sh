#!/usr/bin/env sh
# Books a handful of cargos and reports a few incidents against a locally
# running stack (make run-shipping / run-handling).
set -eu

SHIPPING=${SHIPPING:-http://localhost:8080}
HANDLING=${HANDLING:-http://localhost:8081}

book() {
  curl -sf -X POST "$SHIPPING/booking/v1/cargos" \
    -H 'Content-Type: application/json' \
    -d "{\"origin\":\"$1\",\"destination\":\"$2\",\"arrival_deadline\":\"$(date -u -d '+14 days' +%Y-%m-%dT%H:%M:%SZ)\"}" \
    | sed -E 's/.*"tracking_id":"([A-Z0-9]+)".*/\1/'
}

for pair in "SESTO CNHKG" "AUMEL USNYC" "DEHAM JNTKO"; do
  set -- $pair
  id=$(book "$1" "$2")
  echo "booked $id ($1 -> $2)"
  curl -sf -X POST "$HANDLING/handling/v1/incidents" \
    -H 'Content-Type: application/json' \
    -d "{\"tracking_id\":\"$id\",\"location\":\"$1\",\"event_type\":\"Receive\",\"completion_time\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"}" >/dev/null
done

curl -sf "$SHIPPING/booking/v1/cargos"
