#!/bin/bash
# Starts the Celery worker (optionally with beat) and, when enabled, the celery prometheus exporter.
set -e

CELERY_ARGS=(
  "-A" "engine"
  "worker"
  "-l" "${CELERY_WORKER_LOG_LEVEL:-info}"
  "--concurrency=${CELERY_WORKER_CONCURRENCY:-3}"
  "--max-tasks-per-child=${CELERY_WORKER_MAX_TASKS_PER_CHILD:-100}"
  "-Q" "${CELERY_WORKER_QUEUE:-default}"
)

if [[ "$CELERY_WORKER_BEAT_ENABLED" = "True" ]]; then
  CELERY_ARGS+=("--beat")
fi

if [[ "$FEATURE_PROMETHEUS_EXPORTER_ENABLED" = "True" ]]; then
  # exports task metrics on :9808 for Prometheus to scrape
  celery-exporter --broker-url="$CELERY_BROKER_URL" --port 9808 &
fi

exec celery "${CELERY_ARGS[@]}"
