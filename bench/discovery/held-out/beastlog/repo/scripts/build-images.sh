#!/usr/bin/env bash
# Build and tag the Bestiary images locally.
set -euo pipefail
TAG="${1:-latest}"
REGISTRY="${REGISTRY:-ghcr.io/example/bestiary}"
cd "$(dirname "$0")/../source"
for svc in bestiary-requester bestiary-server bestiary-recorder; do
  docker build -f "$svc/Dockerfile" -t "$REGISTRY/$svc:$TAG" .
done
