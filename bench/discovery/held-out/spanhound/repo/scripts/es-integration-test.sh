#!/usr/bin/env bash
# Runs the Elasticsearch/OpenSearch storage integration tests against a
# throwaway container listening on localhost:9200.
#
#   ./scripts/es-integration-test.sh elasticsearch 8.13.4
#   ./scripts/es-integration-test.sh opensearch 2.14.0
set -euxo pipefail

distro=${1:-elasticsearch}
version=${2:-8.13.4}
name="spanhound-it-${distro}"

cleanup() { docker rm -f "$name" >/dev/null 2>&1 || true; }
trap cleanup EXIT

if [[ "$distro" == "opensearch" ]]; then
  image="opensearchproject/opensearch:${version}"
  extra=(-e "plugins.security.disabled=true" -e "OPENSEARCH_INITIAL_ADMIN_PASSWORD=passRT%^#234")
else
  image="docker.elastic.co/elasticsearch/elasticsearch:${version}"
  extra=(-e "xpack.security.enabled=false")
fi

docker run -d --name "$name" -p 9200:9200 -e "discovery.type=single-node" -e "ES_JAVA_OPTS=-Xms512m -Xmx512m" "${extra[@]}" "$image"

for i in $(seq 1 60); do
  if curl -fsS "http://localhost:9200/_cluster/health?wait_for_status=yellow" >/dev/null; then
    break
  fi
  sleep 2
done

STORAGE=elasticsearch ES_SERVER_URLS=http://localhost:9200 go test -tags=integration -v ./plugin/storage/es/...

# index cleaner / rollover smoke tests
go run ./cmd/es-rollover init http://localhost:9200
go run ./cmd/es-rollover rollover http://localhost:9200
go run ./cmd/es-index-cleaner 0 http://localhost:9200
