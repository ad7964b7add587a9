#!/usr/bin/env bash
# Drops all beast tables so the demo starts from an empty bestiary. Dev helper only.
set -euo pipefail
for beast in unicorn manticore illithid owlbear beholder; do
  docker compose exec -T bestiary-database psql -U postgres -c "DROP TABLE IF EXISTS ${beast};"
done
