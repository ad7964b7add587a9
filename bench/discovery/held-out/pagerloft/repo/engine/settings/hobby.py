# "Hobby" single-container playground: sqlite3 on a volume and Redis as both broker and cache.
# Default in the Dockerfile; production deployments override DJANGO_SETTINGS_MODULE=settings.prod.
import os

from .base import *  # noqa: F401,F403

DATABASE_TYPE = DatabaseTypes.SQLITE3  # noqa: F405
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("DATABASE_NAME", "/var/lib/pagerloft/pagerloft.db"),
    },
}

BROKER_TYPE = BrokerTypes.REDIS  # noqa: F405
CELERY_BROKER_URL = os.environ.get("REDIS_URI", "redis://localhost:6379/0")
CACHES["default"]["LOCATION"] = CELERY_BROKER_URL  # noqa: F405

PAGERLOFT_CLOUD_HEARTBEAT_ENABLED = False
DEBUG = False
