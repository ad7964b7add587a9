#!/bin/sh
set -e ${DEBUG:+-x}

if [ "${SKIP_DB_MIGRATIONS:-}" = "true" ]; then
  echo >&3 "=> Skipping run db migrations."
else
  echo >&3 "=> Do database migrations..."
  python3 /labelyard/labelyard/manage.py locked_migrate >&3
  echo >&3 "=> Migrations completed."
fi
