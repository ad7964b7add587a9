#!/bin/bash
set -e

python manage.py wait_for_db
# Wait for migrations
python manage.py wait_for_migrations

# Run the processes
exec celery -A planedeck beat -l info --scheduler django_celery_beat.schedulers:DatabaseScheduler
