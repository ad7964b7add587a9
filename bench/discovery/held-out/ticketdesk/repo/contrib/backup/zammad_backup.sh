#!/bin/bash

set -e

: "${BACKUP_DIR:=/var/tmp/zammad}"
: "${BACKUP_TIME:=03:00}"
: "${HOLD_DAYS:=10}"
: "${POSTGRESQL_DB:=zammad_production}"
: "${POSTGRESQL_HOST:=zammad-postgresql}"
: "${POSTGRESQL_PORT:=5432}"
: "${POSTGRESQL_USER:=zammad}"
: "${POSTGRESQL_PASS:=zammad}"

function zammad_backup {
  TIMESTAMP="$(date +'%Y%m%d%H%M%S')"

  echo "${TIMESTAMP} - backing up zammad..."

  # delete old backups
  if [ -d "${BACKUP_DIR}" ] && [ -n "$(ls "${BACKUP_DIR}")" ]; then
    find "${BACKUP_DIR}"/*_zammad_*.gz -type f -mtime +"${HOLD_DAYS}" -delete
  fi

  # tar files
  tar -czf "${BACKUP_DIR}"/"${TIMESTAMP}"_zammad_files.tar.gz /opt/zammad/storage

  # db backup
  PGPASSWORD="${POSTGRESQL_PASS}" pg_dump --dbname="${POSTGRESQL_DB}" \
    --host="${POSTGRESQL_HOST}" --port="${POSTGRESQL_PORT}" --username="${POSTGRESQL_USER}" \
    --no-privileges --no-owner --compress 6 --file "${BACKUP_DIR}/${TIMESTAMP}_zammad_db.psql.gz"

  echo "backup finished :)"
}

if [ "$1" = 'zammad-backup' ]; then
  until (echo > /dev/tcp/"${POSTGRESQL_HOST}"/"${POSTGRESQL_PORT}") &> /dev/null; do
    echo "waiting for postgresql server to be ready..."
    sleep 5
  done

  while true; do
    NOW_TIMESTAMP=$(date +%s)
    TOMORROW_DATE=$(date -d@"$((NOW_TIMESTAMP + 24*60*60))" +%Y-%m-%d)
    zammad_backup
    NEXT_TIMESTAMP=$(date -d "${TOMORROW_DATE} ${BACKUP_TIME}" +%s)
    SLEEP_SECONDS=$((NEXT_TIMESTAMP - NOW_TIMESTAMP))
    echo "sleeping ${SLEEP_SECONDS} seconds until the next backup run..."
    sleep ${SLEEP_SECONDS}
  done
fi

if [ "$1" = 'zammad-backup-once' ]; then
  zammad_backup
fi
