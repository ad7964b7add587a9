#!/usr/bin/env bash
# Drops and recreates the local Postgres databases used when running services without Aspire.
set -euo pipefail

PGHOST="${PGHOST:-localhost}"
PGUSER="${PGUSER:-postgres}"
export PGPASSWORD="${PGPASSWORD:-pass}"

for db in catalogdb identitydb orderingdb webhooksdb; do
  psql -h "$PGHOST" -U "$PGUSER" -c "DROP DATABASE IF EXISTS $db;"
  psql -h "$PGHOST" -U "$PGUSER" -c "CREATE DATABASE $db;"
done
