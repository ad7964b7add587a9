#!/usr/bin/env bash
# Build all service images with a common tag.
set -euo pipefail
TAG=${TAG:-latest}
REPO=${REPO:-railwaygo}
mvn -q clean package -DskipTests
for d in ts-*/; do
  svc=${d%/}
  [ -f "$svc/Dockerfile" ] || continue
  echo ">> building $REPO/$svc:$TAG"
  docker build -t "$REPO/$svc:$TAG" "$svc"
done
