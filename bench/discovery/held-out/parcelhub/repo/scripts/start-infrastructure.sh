#!/bin/bash
set -e
docker-compose -f compose/infrastructure.yml up -d
echo "Infrastructure is up: RabbitMQ UI http://localhost:15672, Consul http://localhost:8500, Jaeger http://localhost:16686, Seq http://localhost:5341"
