#!/bin/sh
set -e ${DEBUG:+-x}

if [ -n "${POSTGRE_HOST:-}" ] && [ -n "${POSTGRE_PORT:-}" ]; then
  echo >&3 "=> Waiting for postgres..."
  until PGPASSWORD=$POSTGRE_PASSWORD psql -h "$POSTGRE_HOST" -p $POSTGRE_PORT -U "$POSTGRE_USER" -d "$POSTGRE_NAME" -c '\q' 2>/dev/null; do
    echo >&3 "=> Postgres is unavailable - sleeping"
    sleep 1
  done
  echo >&3 "=> Postgres is up."
elif [ -n "${MYSQL_HOST:-}" ] && [ -n "${MYSQL_PORT:-}" ]; then
  echo >&3 "=> Waiting for MySQL..."
  until mysqladmin ping -h "$MYSQL_HOST" -P $MYSQL_PORT -u "$MYSQL_USER" --silent; do
    sleep 1
  done
  echo >&3 "=> MySQL is up."
else
  echo >&3 "=> Skipping wait for database."
fi
