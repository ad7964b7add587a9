#!/usr/bin/env bash
# Seeds a few tickets on the local cluster. Run by hand after `skaffold dev` is up.
# Usage: ./scripts/seed-tickets.sh [host]
set -euo pipefail

HOST=${1:-https://acmetickets.dev}
JAR=$(mktemp)

curl -sk -c "$JAR" -H 'Content-Type: application/json' \
  -d '{"email":"seed@acmetickets.dev","password":"password"}' \
  "$HOST/api/users/signup" > /dev/null || true
curl -sk -c "$JAR" -H 'Content-Type: application/json' \
  -d '{"email":"seed@acmetickets.dev","password":"password"}' \
  "$HOST/api/users/signin" > /dev/null

for title in "Concert" "Ballet" "Football final" "Stand-up night"; do
  price=$(( (RANDOM % 90) + 10 ))
  curl -sk -b "$JAR" -H 'Content-Type: application/json' \
    -d "{\"title\":\"$title\",\"price\":$price}" \
    "$HOST/api/tickets"
  echo
done

rm -f "$JAR"
