#!/usr/bin/env bash
# Regenerate api + rpc code with goctl. Run from repo root.
set -euo pipefail

for d in usercenter travel order payment; do
  goctl api go -api app/$d/cmd/api/desc/$d.api -dir app/$d/cmd/api -style=goZero || true
  goctl rpc protoc app/$d/cmd/rpc/pb/$d.proto \
    --go_out=app/$d/cmd/rpc --go-grpc_out=app/$d/cmd/rpc --zrpc_out=app/$d/cmd/rpc -style=goZero
  sed -i "" 's/,omitempty//g' app/$d/cmd/rpc/pb/*.pb.go 2>/dev/null || sed -i 's/,omitempty//g' app/$d/cmd/rpc/pb/*.pb.go
done
