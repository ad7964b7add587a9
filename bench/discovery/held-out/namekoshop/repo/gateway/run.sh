#!/bin/bash
set -e

# Wait for RabbitMQ before nameko tries to declare its queues.
until nc -z "${RABBIT_HOST:-localhost}" "${RABBIT_PORT:-5672}"; do
    echo "$(date) - waiting for rabbitmq at ${RABBIT_HOST}:${RABBIT_PORT}..."
    sleep 2
done

exec nameko run --config config.yml gateway.service --backdoor 3000
