# Base settings for sprintloom-back. Deployments override these in settings/config.py
# (the docker image copies docker/config.py there).
import os.path
import sys

from datetime import timedelta

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
APPEND_SLASH = False
ALLOWED_HOSTS = ["*"]

ADMINS = (("Admin", "example@example.com"),)

DEBUG = False

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "sprintloom",
        "USER": "sprintloom",
        "PASSWORD": "",
        "HOST": "localhost",
        "PORT": "5432",
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "unique-snowflake",
    }
}

INSTANCE_TYPE = "SRC"

# Events backend (overridden in config.py)
EVENTS_PUSH_BACKEND = "sprintloom.events.backends.postgresql.EventsPushBackend"
EVENTS_PUSH_BACKEND_OPTIONS = {"url": "amqp://guest:guest@localhost:5672/"}

# Celery
CELERY_ENABLED = False
CELERY_BROKER_URL = "amqp://guest:guest@localhost:5672//"
CELERY_TIMEZONE = "Europe/Madrid"

TIME_ZONE = "UTC"
LANGUAGE_CODE = "en-us"
USE_I18N = True
USE_TZ = True

SITES = {
    "api": {"domain": "localhost:8000", "scheme": "http", "name": "api"},
    "front": {"domain": "localhost:9001", "scheme": "http", "name": "front"},
}
SITE_ID = "api"

MEDIA_ROOT = os.path.join(BASE_DIR, "media")
MEDIA_URL = "http://localhost:8000/media/"
STATIC_ROOT = os.path.join(BASE_DIR, "static")
STATIC_URL = "http://localhost:8000/static/"

SECRET_KEY = "aw3+t2r(8(0kkrhg8)gx6i96v5^kv%6cfep9wxfom0%7dy0m9e"

# Mail
DEFAULT_FROM_EMAIL = "john@doe.com"
EMAIL_BACKEND = "djmail.backends.default.EmailBackend"
DJMAIL_REAL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DJMAIL_SEND_ASYNC = True
DJMAIL_MAX_RETRY_NUMBER = 3
DJMAIL_TEMPLATE_EXTENSION = "jinja"
CHANGE_NOTIFICATIONS_MIN_INTERVAL = 0  # seconds

ROOT_URLCONF = "sprintloom.urls"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.admin",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "sprintloom.base",
    "sprintloom.users",
    "sprintloom.projects",
    "sprintloom.projects.userstories",
    "sprintloom.projects.attachments",
    "sprintloom.projects.notifications",
    "sprintloom.events",
    "sprintloom.importers",
    "sprintloom.webhooks",
    "sprintloom.telemetry",
    "rest_framework",
    "djmail",
    "django_jinja",
    # "sprintloom_contrib_slack",  # needs https://hooks.slack.com incoming webhooks, disabled
]

MIDDLEWARE = [
    "django.middleware.common.CommonMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": (
        "sprintloom.auth.backends.Token",
        "sprintloom.auth.backends.Session",
    ),
    "PAGE_SIZE": 30,
}

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(hours=24),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=8),
}

# Attachments served by sprintloom-protected
MAX_AGE_ATTACHMENT_TOKEN = 360  # seconds

# Webhooks
WEBHOOKS_ENABLED = False
WEBHOOKS_BLOCK_PRIVATE_ADDRESS = True

# Telemetry (Rudderstack data plane)
ENABLE_TELEMETRY = False
TELEMETRY_RUDDER_WRITE_KEY = "1v7sLpB8WqZ5Xj0RkT2nYcHu3dE"
TELEMETRY_RUDDER_DATAPLANE_URL = "https://sprintloomoljq.dataplane.rudderstack.com"

# Importers
IMPORTERS = {
    "github": {"active": False, "client_id": "", "client_secret": ""},
    "trello": {"active": False, "api_key": "", "secret_key": ""},
    "jira": {"active": False, "consumer_key": "", "cert": "", "pub_cert": ""},
}

TEST_RUNNER = "django.test.runner.DiscoverRunner"
if "test" in sys.argv:
    print("Try running pytest instead.")
