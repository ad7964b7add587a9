#!/bin/bash
# Creates the read-only monitoring user used by the Datadog agent's postgres check.
set -e

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<-EOSQL
  CREATE USER datadog WITH PASSWORD 'datadog';
  ALTER ROLE datadog INHERIT;
  CREATE SCHEMA IF NOT EXISTS datadog;
  GRANT USAGE ON SCHEMA datadog TO datadog;
  GRANT USAGE ON SCHEMA public TO datadog;
  GRANT pg_monitor TO datadog;
  CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
EOSQL
