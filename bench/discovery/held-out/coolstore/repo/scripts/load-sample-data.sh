#!/usr/bin/env bash
# Smoke-test helper run by hand against a local or port-forwarded gateway.
GW=${1:-http://localhost:8090}
set -e
curl -s "$GW/api/products" | jq '.[].itemId'
CART=$(uuidgen)
curl -s -X POST "$GW/api/cart/$CART/329299/2" | jq .
curl -s -X POST "$GW/api/cart/checkout/$CART" | jq .
sleep 3
curl -s "$GW/api/orders" | jq .
