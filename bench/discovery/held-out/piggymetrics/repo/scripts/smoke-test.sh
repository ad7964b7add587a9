#!/usr/bin/env bash
# Manual smoke test against a locally running stack (docker-compose up).
set -e
BASE=${BASE:-http://localhost}

TOKEN=$(curl -s -u browser: -X POST \
  "$BASE/uaa/oauth/token?grant_type=password&scope=ui&username=demo&password=demo" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')

curl -s -H "Authorization: Bearer $TOKEN" "$BASE/accounts/current" | head -c 400; echo
curl -s -H "Authorization: Bearer $TOKEN" "$BASE/statistics/current" | head -c 400; echo
curl -s -H "Authorization: Bearer $TOKEN" "$BASE/notifications/recipients/current"; echo
