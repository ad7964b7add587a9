#!/bin/sh
set -e
until mc alias set local "$MINIO_ENDPOINT" "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD"; do
  echo "waiting for minio..."; sleep 2
done
mc mb --ignore-existing "local/${BUCKET}"
mc anonymous set none "local/${BUCKET}"
echo "bucket ${BUCKET} ready"
