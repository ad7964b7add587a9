#!/usr/bin/env bash
# Seed the local database with demo data and an admin account.
set -euo pipefail
docker compose run --rm api python3 manage.py migrate
docker compose run --rm api python3 manage.py populatedb --createsuperuser
echo "Dashboard: http://localhost:9000/  (admin@example.com / admin)"
