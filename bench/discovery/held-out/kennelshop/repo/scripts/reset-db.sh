#!/usr/bin/env bash
# Drops the local postgres volume and reseeds from the dump baked into the postgres image.
set -euo pipefail
docker compose stop postgres backend worker discounts ads dbm
docker volume rm "$(basename "$PWD")_postgres-data" || true
docker compose up -d postgres
echo "Waiting for postgres..." && sleep 10
docker compose up -d
