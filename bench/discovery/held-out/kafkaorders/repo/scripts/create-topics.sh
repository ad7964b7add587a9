#!/usr/bin/env bash
# Creates the platform topics (auto-create is off on the broker). Run from the host after
# `docker compose up`. Topic names must match common/.../Schemas.java Topics.
set -euo pipefail

BOOTSTRAP="${BOOTSTRAP:-localhost:9092}"
PARTITIONS="${PARTITIONS:-3}"

topics=(orders order-validations payments customers warehouse-inventory order-notifications orders-enriched)

for t in "${topics[@]}"; do
  docker compose exec -T kafka kafka-topics --bootstrap-server kafka:29092 \
    --create --if-not-exists --topic "$t" --partitions "$PARTITIONS" --replication-factor 1
done

# customers is a changelog of a table: compact it
docker compose exec -T kafka kafka-configs --bootstrap-server kafka:29092 \
  --alter --entity-type topics --entity-name customers --add-config cleanup.policy=compact

echo "topics on ${BOOTSTRAP}:"
docker compose exec -T kafka kafka-topics --bootstrap-server kafka:29092 --list
