#!/bin/sh
# Used by the CI e2e job: wait until the NATS monitoring port answers.
HOST=${NATS_MONITOR:-localhost:8222}
for i in $(seq 1 30); do
  if wget -qO- "http://$HOST/healthz" >/dev/null 2>&1; then
    echo "NATS is up"
    exit 0
  fi
  sleep 1
done
echo "NATS did not come up" >&2
exit 1
