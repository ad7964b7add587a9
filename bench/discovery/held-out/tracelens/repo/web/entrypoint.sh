#!/bin/sh
set -e

# Assemble DATABASE_URL from parts if not given directly (helm passes the parts from a secret).
if [ -z "$DATABASE_URL" ]; then
  if [ -n "$DATABASE_HOST" ] && [ -n "$DATABASE_USERNAME" ] && [ -n "$DATABASE_PASSWORD" ] && [ -n "$DATABASE_NAME" ]; then
    export DATABASE_URL="postgresql://${DATABASE_USERNAME}:${DATABASE_PASSWORD}@${DATABASE_HOST}/${DATABASE_NAME}"
    if [ -n "$DATABASE_ARGS" ]; then
      export DATABASE_URL="${DATABASE_URL}?${DATABASE_ARGS}"
    fi
  else
    echo "Error: DATABASE_URL is not configured and DATABASE_HOST/USERNAME/PASSWORD/NAME are incomplete." >&2
    exit 1
  fi
fi

# Prisma needs DIRECT_URL when a pooler (pgbouncer) sits in front of Postgres.
if [ -z "$DIRECT_URL" ]; then
  export DIRECT_URL="${DATABASE_URL}"
fi

# Redis: derive connection string from host/port/auth if only the parts are set.
if [ -z "$REDIS_CONNECTION_STRING" ] && [ -n "$REDIS_HOST" ]; then
  scheme="redis"
  [ "$REDIS_TLS_ENABLED" = "true" ] && scheme="rediss"
  export REDIS_CONNECTION_STRING="${scheme}://:${REDIS_AUTH}@${REDIS_HOST}:${REDIS_PORT:-6379}"
fi

if [ "$TRACELENS_AUTO_POSTGRES_MIGRATION_DISABLED" != "true" ]; then
  prisma migrate deploy --schema=./packages/shared/prisma/schema.prisma
fi

if [ "$TRACELENS_AUTO_CLICKHOUSE_MIGRATION_DISABLED" != "true" ]; then
  cd ./packages/shared && bash ./clickhouse/scripts/up.sh && cd - > /dev/null
fi

exec "$@"
