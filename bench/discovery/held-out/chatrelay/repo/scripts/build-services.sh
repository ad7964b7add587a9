#!/usr/bin/env bash
set -euo pipefail
VERSION=${1:-$(node -p "require('./package.json').version")}
REGISTRY=${REGISTRY:-registry.chatrelay.io}

yarn build
for svc in authorization-service account-service presence-service ddp-streamer stream-hub-service queue-worker omnichannel-transcript; do
  image=$svc
  [[ $svc == ddp-streamer ]] && image=ddp-streamer-service
  [[ $svc == queue-worker || $svc == omnichannel-transcript ]] && image=$svc-service
  docker build -f "ee/apps/$svc/Dockerfile" -t "$REGISTRY/$image:$VERSION" .
done
