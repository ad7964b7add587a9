#!/usr/bin/env bash
# Registers the demo tenant and devices using the device registry's HTTP management API.
REGISTRY=${REGISTRY:-http://localhost:28080}
TENANT=DEFAULT_TENANT
curl -s -X POST "$REGISTRY/v1/tenants/$TENANT" -H 'Content-Type: application/json' \
  --data '{"ext": {"messaging-type": "kafka"}}'
for dev in sensor1 sensor2; do
  curl -s -X POST "$REGISTRY/v1/devices/$TENANT/$dev"
  curl -s -X PUT "$REGISTRY/v1/credentials/$TENANT/$dev" -H 'Content-Type: application/json' \
    --data "[{\"type\": \"hashed-password\", \"auth-id\": \"$dev\", \"secrets\": [{\"pwd-plain\": \"hono-secret\"}]}]"
done
