"""
Import celery, load its settings from the django settings
and auto discover tasks in all installed django apps.
"""
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.envs.hall.production")

APP = Celery("proj")
# BROKER_URL / CELERY_RESULT_BACKEND come from the rendered settings (redis)
APP.config_from_object("django.conf:settings", namespace="CELERY")
APP.conf.broker_url = None  # resolved from settings.BROKER_URL below
APP.autodiscover_tasks()


def _configure_broker():
    from django.conf import settings
    APP.conf.broker_url = settings.BROKER_URL
    APP.conf.result_backend = settings.CELERY_RESULT_BACKEND
    APP.conf.task_default_queue = "edx.lms.core.default"


_configure_broker()
