#!/usr/bin/env bash
# Shared settings for the swarm scripts.

export SWARM_MANAGER=manager1
export SWARM_WORKERS="worker1 worker2"
export NETWORK=reelhouse-net
export REGISTRY=${REGISTRY:-reelhouse}
export DB_SERVERS="mongodb-1:27017 mongodb-2:27017 mongodb-3:27017"
export DB_REPLS=rs0
export DB_USER=reelhouse
export DB_PASS=${DB_PASS:-changeme}
