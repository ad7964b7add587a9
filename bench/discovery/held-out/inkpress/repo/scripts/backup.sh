#!/usr/bin/env bash
# Nightly backup: mysqldump both schemas + content volume, upload to S3.
# Run from host cron: 15 3 * * * /opt/inkpress/scripts/backup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source .env

STAMP=$(date +%Y%m%d-%H%M%S)
OUT=/tmp/inkpress-backup-$STAMP
mkdir -p "$OUT"

docker compose exec -T db mysqldump -uroot -p"$DATABASE_ROOT_PASSWORD" --single-transaction \
  --databases inkpress activitypub > "$OUT/mysql.sql"
docker run --rm -v inkpress_inkpress_content:/content -v "$OUT":/backup alpine \
  tar czf /backup/content.tgz -C /content .

aws s3 cp --recursive "$OUT" "s3://${BACKUP_BUCKET:-inkpress-backups}/$STAMP/"
rm -rf "$OUT"
echo "backup $STAMP done"
