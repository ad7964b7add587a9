#!/usr/bin/env bash
# Applies ClickHouse migrations with golang-migrate. Uses the *native* protocol URL
# (CLICKHOUSE_MIGRATION_URL, port 9000/9440), not the HTTP CLICKHOUSE_URL the app uses.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CLICKHOUSE_MIGRATION_URL:-}" ]; then
  echo "CLICKHOUSE_MIGRATION_URL is not set" >&2
  exit 1
fi

if [ "${CLICKHOUSE_CLUSTER_ENABLED:-true}" = "false" ]; then
  MIGRATIONS_DIR="migrations/unclustered"
  MIGRATIONS_TABLE="x-migrations-table=schema_migrations&x-multi-statement=true"
else
  MIGRATIONS_DIR="migrations/clustered"
  MIGRATIONS_TABLE="x-cluster-name=${CLICKHOUSE_CLUSTER_NAME:-default}&x-migrations-table-engine=ReplicatedMergeTree&x-multi-statement=true"
fi

DB="${CLICKHOUSE_DB:-default}"
case "$CLICKHOUSE_MIGRATION_URL" in
  *\?*) URL="${CLICKHOUSE_MIGRATION_URL}&username=${CLICKHOUSE_USER}&password=${CLICKHOUSE_PASSWORD}&database=${DB}&${MIGRATIONS_TABLE}" ;;
  *)    URL="${CLICKHOUSE_MIGRATION_URL}?username=${CLICKHOUSE_USER}&password=${CLICKHOUSE_PASSWORD}&database=${DB}&${MIGRATIONS_TABLE}" ;;
esac

migrate -source "file://${MIGRATIONS_DIR}" -database "$URL" up
