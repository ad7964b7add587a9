#!/usr/bin/env bash
# Builds and pushes every CoinBox image. Run by CI after `mvn package`.
set -euo pipefail
TAG=${1:-latest}
COMMIT=${2:-local}

for module in config registry gateway auth-service account-service statistics-service \
              notification-service monitoring turbine-stream-service mongodb; do
  image="coinbox/coinbox-${module%-service}"
  echo "==> building ${image}:${COMMIT}"
  docker build -t "${image}:${COMMIT}" "./${module}"
  docker tag "${image}:${COMMIT}" "${image}:${TAG}"
  docker push "${image}:${TAG}"
done
