#!/usr/bin/env bash
# Smoke test for a locally running self-hosted stack. Run from docker/ after `docker compose up -d`.
set -euo pipefail

source .env

BASE="http://localhost:${KONG_HTTP_PORT:-8000}"

echo "==> auth health"
curl -fsS "$BASE/auth/v1/health" -H "apikey: $ANON_KEY" | jq .

echo "==> rest root"
curl -fsS "$BASE/rest/v1/" -H "apikey: $ANON_KEY" -o /dev/null

echo "==> storage buckets"
curl -fsS "$BASE/storage/v1/bucket" -H "apikey: $SERVICE_ROLE_KEY" -H "Authorization: Bearer $SERVICE_ROLE_KEY" | jq length

echo "==> functions hello"
curl -fsS "$BASE/functions/v1/hello" -H "Authorization: Bearer $ANON_KEY"

echo "==> meta tables"
curl -fsS "$BASE/pg/tables" -H "apikey: $SERVICE_ROLE_KEY" | jq 'length'

echo "==> pooler"
PGPASSWORD="$POSTGRES_PASSWORD" psql "postgresql://postgres.${POOLER_TENANT_ID}@localhost:${POOLER_PROXY_PORT_TRANSACTION}/postgres" -c 'select 1'

echo "all good"
