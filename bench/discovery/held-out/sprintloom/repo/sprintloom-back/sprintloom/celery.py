import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.config")

from django.conf import settings  # noqa

app = Celery("sprintloom")
app.config_from_object("settings.celery")
app.autodiscover_tasks(lambda: settings.INSTALLED_APPS)
