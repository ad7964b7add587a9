import os

from celery import Celery
from celery.signals import worker_process_init

# Set the default Django settings module for the 'celery' program.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "docuvault.settings")

app = Celery("docuvault")

# All CELERY_* settings (broker URL derived from DOCUVAULT_REDIS, result backend,
# beat schedule) come from docuvault/settings.py.
app.config_from_object("django.conf:settings", namespace="CELERY")

# Load task modules from all registered Django apps.
app.autodiscover_tasks()


@worker_process_init.connect
def on_worker_process_init(**kwargs) -> None:  # pragma: no cover
    # Each forked worker needs its own DB connection
    from django.db import connections

    for conn in connections.all():
        conn.close()
