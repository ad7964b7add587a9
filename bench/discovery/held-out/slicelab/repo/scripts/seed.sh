#!/usr/bin/env sh
# Dev helper: create a demo user against a local instance.
BASE_URL=${BASE_URL:-http://localhost:3333}
curl -sf -X POST "$BASE_URL/api/users" -H 'Content-Type: application/json' \
  -d '{"username":"default","password":"CHANGE_ME"}'
