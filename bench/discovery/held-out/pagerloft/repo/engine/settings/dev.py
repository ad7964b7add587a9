# Local development settings (used by dev/docker-compose-developer.yml and `make run`)
import os

from .base import *  # noqa: F401,F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-secret-key-not-for-production-use-000000")

if DATABASE_TYPE == DatabaseTypes.SQLITE3:  # noqa: F405
    DATABASES["default"] = {  # noqa: F405
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.path.join(os.path.dirname(__file__), "..", "pagerloft.db"),
    }

# Mails go to mailhog in the developer compose stack
EMAIL_HOST = os.getenv("EMAIL_HOST", "mailhog")
EMAIL_PORT = 1025
EMAIL_USE_TLS = False

SEND_ANONYMOUS_USAGE_STATS = False
PAGERLOFT_CLOUD_HEARTBEAT_ENABLED = False
PAGERLOFT_CLOUD_NOTIFICATIONS_ENABLED = False
