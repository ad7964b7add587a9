#!/usr/bin/env bash
# Regenerates protobuf stubs for the services that check them in (Go + Python).
set -euo pipefail
cd "$(dirname "$0")/.."

for svc in checkout product-catalog; do
  protoc -I ./pb ./pb/demo.proto --go_out="./src/$svc/" --go-grpc_out="./src/$svc/"
done

python -m grpc_tools.protoc -I ./pb --python_out=./src/recommendation --grpc_python_out=./src/recommendation ./pb/demo.proto
