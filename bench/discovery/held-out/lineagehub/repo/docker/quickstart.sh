#!/bin/bash
# Quickstart LineageHub by pulling all images from the registry and starting them.
set -euo pipefail
DIR="$( cd "$( dirname "${BASH_SOURCE[0]}" )" && pwd )"
cd "$DIR"

if [[ -z "${OIDC_CLIENT_ID:-}" ]]; then
  echo "OIDC_CLIENT_ID / OIDC_CLIENT_SECRET must be set (see docs/authentication/sso/configure-oidc-react.md)"
  exit 1
fi

docker compose -p lineagehub -f docker-compose.yml pull
docker compose -p lineagehub -f docker-compose.yml up -d --remove-orphans
echo "LineageHub is starting; UI on http://localhost:${LINEAGEHUB_MAPPED_FRONTEND_PORT:-9002}"
