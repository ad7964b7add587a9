#!/usr/bin/env bash
# Local development: runs dependencies on localhost and the server from source.
set -euo pipefail
docker run -d --name tw-dev-postgres -e POSTGRES_USER=twuser -e POSTGRES_PASSWORD=twpass -e POSTGRES_DB=teamwharf_test -p 5432:5432 postgres:15-alpine
docker run -d --name tw-dev-inbucket -p 10025:2500 -p 9001:9000 inbucket/inbucket:stable
go run ./cmd/teamwharf db migrate --dir ./db/migrations
go run ./cmd/teamwharf server
