#!/usr/bin/env bash
# Two-pass deployment:
#   1. infrastructure + function apps (no Event Grid subscriptions yet)
#   2. publish function code, then re-run Bicep with deploySubscriptions=true
set -euo pipefail

RG="${RG:-zephyr-rideshare-rg}"
LOCATION="${LOCATION:-westeurope}"
PREFIX="${PREFIX:-zephyr}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"

az group create -n "$RG" -l "$LOCATION" -o none

echo ">> pass 1: infrastructure"
az deployment group create -g "$RG" \
  -f "$ROOT/deploy/bicep/main.bicep" \
  -p "@$ROOT/deploy/bicep/main.parameters.json" \
  -p namePrefix="$PREFIX" deploySubscriptions=false -o none

echo ">> publishing .NET function apps"
for app in Drivers Trips Passengers Orchestrators Notifications; do
  lower="$(echo "$app" | tr '[:upper:]' '[:lower:]')"
  pushd "$ROOT/dotnet/ZephyrRide.FunctionApp.$app" >/dev/null
  func azure functionapp publish "$PREFIX-$lower" --dotnet
  popd >/dev/null
done

echo ">> publishing Node.js archiver"
pushd "$ROOT/nodejs/zephyrride-functionapp-archiver" >/dev/null
func azure functionapp publish "$PREFIX-archiver" --javascript
popd >/dev/null

echo ">> pass 2: Event Grid subscriptions"
az deployment group create -g "$RG" \
  -f "$ROOT/deploy/bicep/main.bicep" \
  -p "@$ROOT/deploy/bicep/main.parameters.json" \
  -p namePrefix="$PREFIX" deploySubscriptions=true -o none

echo ">> reporting schema"
sqlcmd -S "tcp:$PREFIX-sql.database.windows.net,1433" -d RideShareReporting \
  -U zephyradmin -P "${SQL_ADMIN_PASSWORD:?set SQL_ADMIN_PASSWORD}" -i "$ROOT/sql/CreateReportingTables.sql"

echo ">> SPA"
SPA_ACCOUNT="${PREFIX}spaweb"
az storage blob service-properties update --account-name "$SPA_ACCOUNT" \
  --static-website --index-document index.html --404-document index.html -o none
pushd "$ROOT/web/zephyrride-spa" >/dev/null
npm ci && npm run build
az storage blob upload-batch --account-name "$SPA_ACCOUNT" -s dist -d '$web' --overwrite -o none
popd >/dev/null

echo "done. SPA: $(az storage account show -n "$SPA_ACCOUNT" -g "$RG" --query primaryEndpoints.web -o tsv)"
