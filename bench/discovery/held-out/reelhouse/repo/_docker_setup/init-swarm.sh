#!/usr/bin/env bash
set -e
source "$(dirname "$0")/env.sh"

MANAGER_IP=$(docker-machine ip "$SWARM_MANAGER")

docker-machine ssh "$SWARM_MANAGER" docker swarm init --advertise-addr "$MANAGER_IP"
TOKEN=$(docker-machine ssh "$SWARM_MANAGER" docker swarm join-token worker -q)

for worker in $SWARM_WORKERS; do
  docker-machine ssh "$worker" docker swarm join --token "$TOKEN" "$MANAGER_IP:2377"
done

eval "$(docker-machine env "$SWARM_MANAGER")"
docker network create --driver overlay --attachable "$NETWORK" || true

echo "swarm ready - manager at $MANAGER_IP"
