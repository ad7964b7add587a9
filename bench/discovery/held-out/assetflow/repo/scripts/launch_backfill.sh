#!/usr/bin/env bash
# Developer helper: launch a partition backfill through the local webserver's GraphQL API.
#   ./scripts/launch_backfill.sh orders_daily_job 2024-01-01 2024-01-31
set -euo pipefail

JOB="${1:?job name}"
START="${2:?start partition}"
END="${3:?end partition}"
WEBSERVER="${ASSETFLOW_WEBSERVER:-http://localhost:3000}"

read -r -d '' QUERY <<'GQL' || true
mutation LaunchBackfill($params: LaunchBackfillParams!) {
  launchPartitionBackfill(backfillParams: $params) {
    __typename
    ... on LaunchBackfillSuccess { backfillId }
    ... on PythonError { message }
  }
}
GQL

PARTITIONS=$(python3 - "$START" "$END" <<'PY'
import sys, datetime as dt, json
s, e = (dt.date.fromisoformat(x) for x in sys.argv[1:3])
print(json.dumps([(s + dt.timedelta(days=i)).isoformat() for i in range((e - s).days + 1)]))
PY
)

curl -sS "$WEBSERVER/graphql" \
  -H 'Content-Type: application/json' \
  -d "$(jq -n --arg q "$QUERY" --arg job "$JOB" --argjson parts "$PARTITIONS" '{
        query: $q,
        variables: {params: {selector: {partitionSetName: ($job + "_partition_set"),
          repositorySelector: {repositoryLocationName: "assetflow_ingest", repositoryName: "__repository__"}},
          partitionNames: $parts}}}')" | jq .
