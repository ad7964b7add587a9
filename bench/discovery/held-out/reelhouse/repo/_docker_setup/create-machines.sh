#!/usr/bin/env bash
# Creates the three virtualbox VMs that make up the demo swarm.
set -e
source "$(dirname "$0")/env.sh"

for node in $SWARM_MANAGER $SWARM_WORKERS; do
  if docker-machine ls -q | grep -q "^${node}$"; then
    echo "machine $node already exists"
    continue
  fi
  docker-machine create -d virtualbox \
    --virtualbox-memory 2048 \
    --engine-label "node.name=${node}" \
    "$node"
done

docker-machine ls
