#!/usr/bin/env bash
# Simulates a device sending temperature readings to the HTTP adapter every 5 seconds.
HTTP_ADAPTER=${HTTP_ADAPTER:-http://localhost:8080}
AUTH=${AUTH:-sensor1@DEFAULT_TENANT:hono-secret}
while true; do
  curl -s -u "$AUTH" -H 'Content-Type: application/json' -H 'hono-ttd: 10' \
    --data-binary "{\"temp\": $((RANDOM % 40))}" "$HTTP_ADAPTER/telemetry"
  sleep 5
done
