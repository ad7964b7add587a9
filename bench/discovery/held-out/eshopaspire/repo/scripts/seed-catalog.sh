#!/usr/bin/env bash
# Dev helper: push the sample catalogue into a catalog-api you started with `dotnet run`.
# Usage: ./scripts/seed-catalog.sh [base-url]
set -euo pipefail

BASE_URL="${1:-http://localhost:5222}"
FILE="$(dirname "$0")/../src/Catalog.API/Setup/catalog.json"

jq -c '.[]' "$FILE" | while read -r item; do
  echo "POST $BASE_URL/api/catalog/items"
  curl -sS -X POST "$BASE_URL/api/catalog/items?api-version=1.0" \
       -H 'Content-Type: application/json' \
       -d "$item" > /dev/null
done

echo "done"
