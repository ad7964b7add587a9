#!/bin/bash
# Nightly backup, run from the ops host (not part of the deployment)
set -euo pipefail
STAMP=$(date +%F)
docker compose -f env/local/docker-compose.yml exec -T mysql mysqldump --all-databases -uroot -p"$MYSQL_ROOT_PASSWORD" > "backups/mysql-$STAMP.sql"
docker compose -f env/local/docker-compose.yml exec -T mongodb mongodump --archive > "backups/mongo-$STAMP.archive"
