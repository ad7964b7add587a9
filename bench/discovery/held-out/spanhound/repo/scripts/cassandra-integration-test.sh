#!/usr/bin/env bash
# Starts Cassandra in docker, applies the schema and runs the storage
# integration tests. Requires docker; talks to localhost:9042.
set -euo pipefail

version=${1:-4.1}
name="spanhound-it-cassandra"

cleanup() { docker rm -f "$name" >/dev/null 2>&1 || true; }
trap cleanup EXIT

docker run -d --name "$name" -p 9042:9042 -e MAX_HEAP_SIZE=1G -e HEAP_NEWSIZE=256M "cassandra:${version}"

echo "waiting for cassandra..."
until docker exec "$name" cqlsh -e "describe keyspaces" >/dev/null 2>&1; do sleep 3; done

MODE=test ./plugin/storage/cassandra/schema/create.sh | docker exec -i "$name" cqlsh

STORAGE=cassandra CASSANDRA_SERVERS=localhost CASSANDRA_KEYSPACE=spanhound_v1_test \
  go test -tags=integration -v ./plugin/storage/cassandra/...
