#!/usr/bin/env bash
# Run every service locally with its own Dapr sidecar.
# Prereqs: `dapr init` (gives you Redis on localhost:6379 and Zipkin on :9411)
# and SQL Server:  docker run -e ACCEPT_EULA=Y -e MSSQL_SA_PASSWORD='LocalDevOnly-NotReal1!' -p 1433:1433 -d mcr.microsoft.com/mssql/server:2022-latest
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RES="$ROOT/manifests/local/components"
CFG="$ROOT/manifests/local/config.yaml"
mkdir -p /tmp/blueheron/receipts

run() {
  local app_id=$1 port=$2 dapr_http=$3 project=$4
  echo "starting $app_id on :$port (dapr :$dapr_http)"
  (cd "$ROOT" && dapr run --app-id "$app_id" --app-port "$port" --dapr-http-port "$dapr_http" \
      --resources-path "$RES" --config "$CFG" \
      -- dotnet run --project "src/$project" --urls "http://localhost:$port" > "/tmp/blueheron/$app_id.log" 2>&1 &)
}

(cd "$ROOT" && ASPNETCORE_ENVIRONMENT=Development dotnet run --project src/BlueHeron.Bootstrapper) || true

run order-service              5100 3500 BlueHeron.OrderService
run make-line-service          5200 3501 BlueHeron.MakeLineService
run receipt-generation-service 5300 3502 BlueHeron.ReceiptGenerationService
run loyalty-service            5400 3503 BlueHeron.LoyaltyService
run virtual-worker             5500 3504 BlueHeron.VirtualWorker
run accounting-service         5700 3506 BlueHeron.AccountingService

sleep 10
(cd "$ROOT" && dapr run --app-id virtual-customers --dapr-http-port 3507 --resources-path "$RES" --config "$CFG" \
   -- dotnet run --project src/BlueHeron.VirtualCustomers > /tmp/blueheron/virtual-customers.log 2>&1 &)

echo "UI: cd src/BlueHeron.UI && npm run serve   (http://localhost:8080)"
