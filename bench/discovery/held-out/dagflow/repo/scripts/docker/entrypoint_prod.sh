#!/usr/bin/env bash
# Production image entrypoint: waits for the metadata DB (and broker for celery commands),
# optionally migrates the DB / creates the admin user, then execs `dagflow <args>`.
set -euo pipefail

: "${DAGFLOW_HOME:=/opt/dagflow}"
CONNECTION_CHECK_MAX_COUNT=${CONNECTION_CHECK_MAX_COUNT:=20}
CONNECTION_CHECK_SLEEP_TIME=${CONNECTION_CHECK_SLEEP_TIME:=3}

function wait_for_db() {
    local count=0
    until dagflow db check >/dev/null 2>&1; do
        count=$((count + 1))
        if (( count >= CONNECTION_CHECK_MAX_COUNT )); then
            echo "ERROR! Metadata DB not reachable after ${count} attempts" >&2
            exit 1
        fi
        sleep "${CONNECTION_CHECK_SLEEP_TIME}"
    done
}

function wait_for_celery_broker() {
    # broker URL comes from DAGFLOW__CELERY__BROKER_URL (or _CMD)
    local url
    url=$(dagflow config get-value celery broker_url)
    python - "$url" <<'PY'
import socket, sys, time
from urllib.parse import urlsplit
u = urlsplit(sys.argv[1])
for _ in range(20):
    try:
        socket.create_connection((u.hostname, u.port or 6379), 3).close(); break
    except OSError:
        time.sleep(3)
PY
}

if [[ ${CONNECTION_CHECK_MAX_COUNT} -gt 0 ]]; then
    wait_for_db
fi

if [[ "${_DAGFLOW_DB_MIGRATE:-false}" == "true" ]]; then
    dagflow db migrate
fi

if [[ "${_DAGFLOW_WWW_USER_CREATE:-false}" == "true" ]]; then
    dagflow users create \
        --username "${_DAGFLOW_WWW_USER_USERNAME:-admin}" \
        --password "${_DAGFLOW_WWW_USER_PASSWORD}" \
        --firstname Admin --lastname User --role Admin --email admin@example.com || true
fi

if [[ ${#} -gt 0 && ( "${1}" == "celery" ) && ${CONNECTION_CHECK_MAX_COUNT} -gt 0 ]]; then
    wait_for_celery_broker
fi

if [[ ${#} -eq 0 ]]; then
    exec bash
elif [[ "${1}" == "bash" || "${1}" == "python" ]]; then
    exec "$@"
else
    exec dagflow "$@"
fi
