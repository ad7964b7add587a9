#!/usr/bin/env bash
set -euo pipefail

echo "Starting SprintLoom Celery worker (with embedded beat)"
exec celery -A sprintloom.celery worker -B \
    --concurrency 4 \
    -l INFO \
    "$@"
