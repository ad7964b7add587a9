#!/bin/bash
set -e

# Wait for the application database before anything else.
until pg_isready -h "${PG_HOST:-postgres}" -p "${PG_PORT:-5432}" -U "${PG_USER:-postgres}" >/dev/null 2>&1; do
  echo "waiting for postgres at ${PG_HOST}:${PG_PORT:-5432}..."
  sleep 2
done

# Single-host installs run migrations in-process; in Kubernetes the Helm pre-install/upgrade
# Job does it and sets PANELSMITH_SKIP_MIGRATIONS=true on the Deployments.
if [ "${PANELSMITH_WORKER}" != "true" ] && [ "${PANELSMITH_SKIP_MIGRATIONS}" != "true" ]; then
  npm run db:migrate:prod
fi

exec "$@"
