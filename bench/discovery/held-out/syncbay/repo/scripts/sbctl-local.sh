#!/usr/bin/env bash
# Minimal local launcher, similar to `sbctl local install`.
set -euo pipefail
cd "$(dirname "$0")/.."
cmd="${1:-up}"
case "$cmd" in
  up)
    docker compose --env-file .env up -d
    echo "waiting for syncbay-server health..."
    until curl -sf http://localhost:8000/api/v1/health >/dev/null; do sleep 3; done
    echo "syncbay is up at http://localhost:8000"
    ;;
  down) docker compose down ;;
  logs) docker compose logs -f "${2:-syncbay-server}" ;;
  *) echo "usage: $0 up|down|logs [svc]"; exit 1 ;;
esac
