"""Production settings"""

import os

import sentry_sdk
from sentry_sdk.integrations.celery import CeleryIntegration
from sentry_sdk.integrations.django import DjangoIntegration
from sentry_sdk.integrations.redis import RedisIntegration

from .common import *  # noqa

DEBUG = int(os.environ.get("DEBUG", 0)) == 1
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Error tracking — only when SENTRY_DSN is set (empty in the default selfhost variables.env)
if os.environ.get("SENTRY_DSN", False) and os.environ.get("SENTRY_DSN").startswith("https"):
    sentry_sdk.init(
        dsn=os.environ.get("SENTRY_DSN", ""),
        integrations=[
            DjangoIntegration(),
            RedisIntegration(),
            CeleryIntegration(monitor_beat_tasks=True),
        ],
        traces_sample_rate=1,
        send_default_pii=True,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        profiles_sample_rate=float(os.environ.get("SENTRY_PROFILE_SAMPLE_RATE", 0)),
    )

LOG_DIR = os.path.join(BASE_DIR, "logs")  # noqa
os.makedirs(LOG_DIR, exist_ok=True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": True,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.jsonlogger.JsonFormatter",
            "fmt": "%(levelname)s %(asctime)s %(module)s %(name)s %(message)s",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "json", "level": "INFO"},
    },
    "loggers": {
        "planedeck.api": {"level": "INFO", "handlers": ["console"], "propagate": False},
        "planedeck.worker": {"level": "INFO", "handlers": ["console"], "propagate": False},
        "planedeck.exception": {"level": "ERROR", "handlers": ["console"], "propagate": False},
    },
}
