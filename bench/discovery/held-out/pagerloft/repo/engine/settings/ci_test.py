# Settings for the test-suite (pytest, .github/workflows/ci.yml)
from .base import *  # noqa: F401,F403

SECRET_KEY = "ci-test-secret-key-ci-test-secret-key-0000"
DATABASES = {
    "default": {
        "ENGINE": DATABASE_ENGINES[DATABASE_TYPE],  # noqa: F405
        "NAME": "pagerloft_test",
        "USER": DATABASE_USER,  # noqa: F405
        "PASSWORD": DATABASE_PASSWORD,  # noqa: F405
        "HOST": DATABASE_HOST or "127.0.0.1",  # noqa: F405
        "PORT": DATABASE_PORT,  # noqa: F405
    },
}
if DATABASE_TYPE == DatabaseTypes.SQLITE3:  # noqa: F405
    DATABASES["default"] = {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
CELERY_TASK_ALWAYS_EAGER = True
CELERY_BROKER_URL = "memory://"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

SEND_ANONYMOUS_USAGE_STATS = False
PAGERLOFT_CLOUD_HEARTBEAT_ENABLED = False
TWILIO_ACCOUNT_SID = "ACtest"
TWILIO_AUTH_TOKEN = "test"
TELEGRAM_TOKEN = "0000:test"
