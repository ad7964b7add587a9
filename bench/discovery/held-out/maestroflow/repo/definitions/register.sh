#!/bin/sh
# Registers task definitions, workflow definitions and event handlers with the Maestroflow server.
# Run by the maestroflow-bootstrap container in docker/docker-compose.yaml.
set -eu

API="${MAESTROFLOW_API:-http://localhost:8080/api}"
DIR="$(dirname "$0")"

echo "Registering task definitions with $API"
curl -sf -X POST "$API/metadata/taskdefs" -H 'Content-Type: application/json' \
  -d @"$DIR/tasks/task_defs.json"

for wf in "$DIR"/workflows/*.json; do
  echo "Registering workflow $wf"
  # PUT is idempotent (create or update), POST fails if the version exists
  curl -sf -X PUT "$API/metadata/workflow" -H 'Content-Type: application/json' \
    -d "[$(cat "$wf")]"
done

for eh in "$DIR"/event_handlers/*.json; do
  echo "Registering event handler $eh"
  curl -sf -X POST "$API/event" -H 'Content-Type: application/json' -d @"$eh" || \
  curl -sf -X PUT "$API/event" -H 'Content-Type: application/json' -d @"$eh"
done

echo "Done."
