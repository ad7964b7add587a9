#!/usr/bin/env bash
# Publish the files under config/ to Nacos through its open API.
# Usage: NACOS_ADDR=http://localhost:8848 ./import-nacos-config.sh
set -euo pipefail
NACOS_ADDR=${NACOS_ADDR:-http://localhost:8848}
GROUP=${GROUP:-DEFAULT_GROUP}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)

for f in "$ROOT"/config/*/*.yaml; do
  data_id=$(basename "$f")
  echo "publishing $data_id"
  curl -fsS -X POST "$NACOS_ADDR/nacos/v1/cs/configs" \
    --data-urlencode "dataId=$data_id" \
    --data-urlencode "group=$GROUP" \
    --data-urlencode "type=yaml" \
    --data-urlencode "content@$f" > /dev/null
done
echo "done"
