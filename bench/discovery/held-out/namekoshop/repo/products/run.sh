#!/bin/bash
set -e

until nc -z "${RABBIT_HOST:-localhost}" "${RABBIT_PORT:-5672}"; do
    echo "$(date) - waiting for rabbitmq..."
    sleep 2
done

until nc -z "${REDIS_HOST:-localhost}" "${REDIS_PORT:-6379}"; do
    echo "$(date) - waiting for redis..."
    sleep 2
done

exec nameko run --config config.yml products.service --backdoor 3000
