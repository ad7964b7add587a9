#!/bin/bash
set -e

until nc -z "${RABBIT_HOST:-localhost}" "${RABBIT_PORT:-5672}"; do
    echo "$(date) - waiting for rabbitmq..."
    sleep 2
done

exec nameko run --config config.yml payments.service --backdoor 3000
