#!/usr/bin/env bash
# Run one service on the host with a self-hosted Dapr sidecar, using the infrastructure
# containers from docker compose (redis, rabbitmq, sqldata, maildev, zipkin).
#
#   ./scripts/run-local.sh catalog-api 5101 src/Services/Catalog/Catalog.API
#
# Note: the components in dapr/components reference container host names; for host runs
# copy them to ~/.dapr/components and point them at localhost (redis: localhost:5379,
# rabbitmq: amqp://localhost:5672).
set -euo pipefail

APP_ID=${1:?app id}
APP_PORT=${2:?app port}
PROJECT=${3:?project folder}

docker compose up -d redis rabbitmq sqldata maildev zipkin seq

dapr run \
  --app-id "$APP_ID" \
  --app-port "$APP_PORT" \
  --resources-path "$HOME/.dapr/components" \
  --config ./dapr/configuration/larkspur-config.yaml \
  -- dotnet run --project "$PROJECT" --urls "http://localhost:$APP_PORT"
