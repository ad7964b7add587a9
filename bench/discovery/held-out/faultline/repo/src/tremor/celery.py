from __future__ import annotations

import os

from celery import Celery, Task
from django.conf import settings

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tremor_config")


class TremorTask(Task):
    def apply_async(self, *args, **kwargs):
        # Tag every enqueue with the originating process for debugging
        headers = kwargs.setdefault("headers", {})
        headers.setdefault("tremor_process", os.environ.get("TREMOR_PROCESS", "unknown"))
        return super().apply_async(*args, **kwargs)


app = Celery("tremor", task_cls=TremorTask)


def _configure() -> None:
    # BROKER_URL is assembled in tremor.conf.py from the redis.clusters option
    app.conf.broker_url = settings.BROKER_URL
    app.conf.broker_transport_options = settings.BROKER_TRANSPORT_OPTIONS
    app.conf.task_always_eager = settings.CELERY_ALWAYS_EAGER
    app.conf.result_backend = settings.CELERY_RESULT_BACKEND
    app.conf.task_queues = settings.CELERY_QUEUES
    app.conf.task_default_queue = settings.CELERY_DEFAULT_QUEUE
    app.conf.imports = settings.CELERY_IMPORTS
    app.conf.beat_schedule = settings.CELERYBEAT_SCHEDULE


app.on_configure.connect(lambda **_: _configure())


def instrumented_task(name: str, **kwargs):
    def wrapped(func):
        return app.task(name=name, **kwargs)(func)

    return wrapped
