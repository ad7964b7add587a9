#!/bin/bash
set -euo pipefail
set -x
ulimit -n

echo "Running migrations"
sudo -E -u nobody /app/bin/migrate

if [ "${SEED_SELF_HOST-}" = true ]; then
    echo "Seeding selfhosted Realtime"
    sudo -E -u nobody /app/bin/realtime eval 'Realtime.Release.seeds(Realtime.Repo)'
fi

echo "Starting Realtime"
ulimit -n "${RLIMIT_NOFILE:-100000}"
exec "$@"
