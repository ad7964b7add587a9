#!/usr/bin/env bash
# Starts every CodeQuarry service locally against dev/docker-compose.dev.yml.
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST=localhost PGUSER=codequarry PGPASSWORD=codequarry PGDATABASE=codequarry
export CODEINTEL_PGHOST=localhost CODEINTEL_PGDATABASE=codequarry_codeintel
export CODEINSIGHTS_PGDATASOURCE="postgres://codequarry:codequarry@localhost:5432/codequarry_insights?sslmode=disable"
export REDIS_ENDPOINT=127.0.0.1:6379
export SRC_GIT_SERVERS="127.0.0.1:3178"
export SEARCHER_URL=http://127.0.0.1:3181
export SYMBOLS_URL=http://127.0.0.1:3184
export REPO_UPDATER_URL=http://127.0.0.1:3182
export SRC_FRONTEND_INTERNAL=127.0.0.1:3090
export PRECISE_CODE_INTEL_UPLOAD_AWS_ENDPOINT=http://127.0.0.1:9000

go run ./cmd/migrator
for svc in frontend gitserver searcher symbols repo-updater worker precise-code-intel-worker; do
  go run "./cmd/$svc" &
done
wait
