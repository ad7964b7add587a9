import logging
import os

import celery
from celery import Celery
from celery.signals import worker_ready

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.prod")

logger = logging.getLogger(__name__)

app = Celery("pagerloft")

# Using a string here means the worker doesn't have to serialize
# the configuration object to child processes.
app.config_from_object("django.conf:settings", namespace="CELERY")

# Load task modules from all registered Django app configs.
app.autodiscover_tasks()


@worker_ready.connect
def on_worker_ready(*args, **kwargs):
    from django.conf import settings

    if settings.FEATURE_TELEGRAM_INTEGRATION_ENABLED and settings.TELEGRAM_TOKEN:
        from apps.telegram.tasks import register_telegram_webhook

        register_telegram_webhook.apply_async()
    logger.info("celery worker ready, queues=%s", settings.CELERY_WORKER_QUEUES)


if os.environ.get("FEATURE_OTEL_TRACING_ENABLED", "false").lower() == "true":
    from engine.tracing import setup_tracing

    @celery.signals.worker_process_init.connect(weak=False)
    def init_celery_tracing(*args, **kwargs):
        setup_tracing(service_name="pagerloft-celery")
