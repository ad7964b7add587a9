#!/bin/bash
set -e
SERVICES=(availability customers deliveries identity operations orders parcels pricing vehicles)
docker build -t parcelhub/api-gateway -f src/ParcelHub.APIGateway/Dockerfile .
for service in "${SERVICES[@]}"; do
  name="$(tr '[:lower:]' '[:upper:]' <<< ${service:0:1})${service:1}"
  echo "Building parcelhub/${service}-service"
  docker build -t "parcelhub/${service}-service" -f "src/ParcelHub.Services.${name}/Dockerfile" .
done
