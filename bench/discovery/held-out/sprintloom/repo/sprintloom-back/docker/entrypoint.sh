#!/usr/bin/env bash
set -euo pipefail

# Sleep when asked to, to allow the database time to start
# before SprintLoom tries to run the migrations below.
: ${SPRINTLOOM_SLEEP:=0}
sleep $SPRINTLOOM_SLEEP

echo "Apply database migrations"
python manage.py migrate --noinput

# Execute pending migrations
echo "Load default templates"
python manage.py loaddata initial_project_templates

echo "Starting SprintLoom API"
exec gunicorn sprintloom.wsgi:application \
    --name sprintloom_api \
    --bind 0.0.0.0:8000 \
    --workers 3 \
    --worker-tmp-dir /dev/shm \
    --log-level=info \
    --access-logfile - \
    "$@"
