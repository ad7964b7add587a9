#!/bin/bash
set -e

until nc -z "${RABBIT_HOST:-localhost}" "${RABBIT_PORT:-5672}"; do
    echo "$(date) - waiting for rabbitmq..."
    sleep 2
done

until nc -z "${DB_HOST:-localhost}" "${DB_PORT:-5432}"; do
    echo "$(date) - waiting for postgres..."
    sleep 2
done

if [ "${RUN_MIGRATIONS:-true}" = "true" ]; then
    alembic upgrade head
fi

exec nameko run --config config.yml orders.service --backdoor 3000
