#!/bin/bash
set -e
python manage.py wait_for_db
# Wait for migrations
python manage.py wait_for_migrations

# Create the default bucket
python manage.py create_bucket

# Clear Cache before starting to remove stale values
python manage.py clear_cache

exec gunicorn -w "${GUNICORN_WORKERS:-2}" \
  -k uvicorn.workers.UvicornWorker planedeck.asgi:application \
  --bind 0.0.0.0:"${PORT:-8000}" --max-requests 1200 \
  --max-requests-jitter 1000 --access-logfile -
