import os

from celery import Celery
from celery.schedules import crontab
from celery.signals import setup_logging, worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "posthog.settings")

app = Celery("posthog")

# All CELERY_* settings in posthog/settings/celery.py are picked up here.
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@setup_logging.connect
def on_setup_logging(**kwargs) -> None:
    import logging.config

    from django.conf import settings

    logging.config.dictConfig(getattr(settings, "LOGGING", {"version": 1}))


@worker_process_init.connect
def on_worker_start(**kwargs) -> None:
    from posthog.clickhouse.client.connection import reset_pool

    reset_pool()


@app.on_after_configure.connect
def setup_periodic_tasks(sender: Celery, **kwargs) -> None:
    from django.conf import settings

    sender.add_periodic_task(
        settings.CACHE_UPDATE_INTERVAL_SECONDS,
        sender.signature("posthog.tasks.scheduled.schedule_cache_updates_task"),
        name="check dashboard items",
    )
    if settings.PERSON_CLEANUP_ENABLED:
        sender.add_periodic_task(
            crontab(hour="4", minute="15"),
            sender.signature("posthog.tasks.person_cleanup.cleanup_deleted_persons"),
            name="person cleanup",
        )
    sender.add_periodic_task(
        crontab(minute="*/10"),
        sender.signature("ee.tasks.subscriptions.schedule_all_subscriptions"),
        name="schedule subscriptions",
    )
    sender.add_periodic_task(
        crontab(minute="*/5"),
        sender.signature("posthog.tasks.scheduled.update_quota_limits"),
        name="update quota limits",
    )
