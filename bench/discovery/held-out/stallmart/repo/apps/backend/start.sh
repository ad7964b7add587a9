#!/bin/sh
set -e
# Migrations run in the separate stallmart-migrate job; this only starts the process.
echo "Starting StallMart backend in ${MEDUSA_WORKER_MODE:-shared} mode"
exec npx medusa start
