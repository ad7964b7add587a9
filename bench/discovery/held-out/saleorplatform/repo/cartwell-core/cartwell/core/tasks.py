from celery import Task
from django.db import connections


class RestrictWriterDBTask(Task):
    """Base task class that makes sure DB connections are cleaned up after each run."""

    def after_return(self, *args, **kwargs):
        for conn in connections.all(initialized_only=True):
            conn.close_if_unusable_or_obsolete()
        return super().after_return(*args, **kwargs)
