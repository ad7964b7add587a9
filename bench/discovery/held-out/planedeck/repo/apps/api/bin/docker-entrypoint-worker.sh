#!/bin/bash
set -e

python manage.py wait_for_db
# Wait for migrations
python manage.py wait_for_migrations

# Run the processes
exec celery -A planedeck worker -l info -Q default,emails,exports,webhooks
