#!/usr/bin/env bash
# Manual smoke test against a locally running stack (docker compose up).
# Ports must be published first, e.g. `docker compose port cart 7070`.
set -euo pipefail

PROTO=pb/demo.proto

grpcurl -plaintext -import-path pb -proto "$PROTO" -d '{}' \
  localhost:3550 stardust.ProductCatalogService/ListProducts | jq '.products | length'

grpcurl -plaintext -import-path pb -proto "$PROTO" -d '{"user_id":"smoke"}' \
  localhost:7070 stardust.CartService/GetCart

grpcurl -plaintext -import-path pb -proto "$PROTO" -d '{"from":{"currency_code":"USD","units":10},"to_code":"EUR"}' \
  localhost:7001 stardust.CurrencyService/Convert

curl -sf -X POST -H 'content-type: application/json' -d '{"numberOfItems":3}' http://localhost:8090/getquote
echo
