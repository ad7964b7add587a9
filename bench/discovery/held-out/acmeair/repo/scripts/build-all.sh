#!/usr/bin/env bash
# Builds every module and its container image.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q clean package -DskipTests=${SKIP_TESTS:-false}

for svc in mainservice authservice bookingservice customerservice; do
  docker build -t "skyward/$svc:latest" "skyward-$svc"
done
docker build -t skyward/flightservice-node:latest skyward-flightservice-node
docker build -t skyward/nginx:latest nginx
docker build -t skyward/jmeter-driver:latest jmeter-driver
