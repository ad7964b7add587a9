#!/usr/bin/env bash
# Loads test data through the front proxy. Usage: scripts/load-db.sh [base-url] [numCustomers]
set -euo pipefail
BASE="${1:-http://localhost}"
N="${2:-1000}"

curl -fsS "$BASE/customer/loader/load?numCustomers=$N"; echo
curl -fsS "$BASE/flight/loader/load"; echo
curl -fsS "$BASE/booking/loader/load"; echo

curl -fsS "$BASE/customer/loader/query"; echo
curl -fsS "$BASE/flight/loader/query"; echo
