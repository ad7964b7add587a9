#!/usr/bin/env bash
# Developer helper: wipe and re-create a local metadata DB on your laptop.
set -euo pipefail
export DAGFLOW__DATABASE__SQL_ALCHEMY_CONN="postgresql+psycopg2://postgres:postgres@localhost:5432/dagflow_dev"
psql -h localhost -U postgres -c "DROP DATABASE IF EXISTS dagflow_dev" -c "CREATE DATABASE dagflow_dev"
dagflow db migrate
