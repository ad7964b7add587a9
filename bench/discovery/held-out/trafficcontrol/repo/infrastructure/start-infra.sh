#!/usr/bin/env bash
# Starts the backing infrastructure for self-hosted ("dapr run") development on localhost.
set -euo pipefail

docker build -t northgate/gantrywatch-mosquitto:1.0 ./mosquitto
docker run -d --name dapr-mosquitto -p 1883:1883 -p 9001:9001 northgate/gantrywatch-mosquitto:1.0
docker run -d --name dapr-rabbitmq -p 5672:5672 -p 15672:15672 rabbitmq:3-management-alpine
docker run -d --name dapr-maildev -p 4000:1080 -p 4025:1025 maildev/maildev:2.1.0
# dapr init already starts dapr_redis (6379) and dapr_zipkin (9411)
