# Production settings used inside the sprintloom-back / sprintloom-async containers.
# Everything is read from environment variables set in docker-compose.yml.
import os

from .common import *   # noqa, pylint: disable=unused-wildcard-import

#########################################
## GENERIC
#########################################

DEBUG = False

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.getenv("POSTGRES_DB"),
        "USER": os.getenv("POSTGRES_USER"),
        "PASSWORD": os.getenv("POSTGRES_PASSWORD"),
        "HOST": os.getenv("POSTGRES_HOST"),
        "PORT": os.getenv("POSTGRES_PORT", "5432"),
        "OPTIONS": {
            "sslmode": os.getenv("POSTGRES_SSLMODE", "disable"),
        },
    }
}
SECRET_KEY = os.getenv("SPRINTLOOM_SECRET_KEY")

SPRINTLOOM_SITES_SCHEME = os.getenv("SPRINTLOOM_SITES_SCHEME")
SPRINTLOOM_SITES_DOMAIN = os.getenv("SPRINTLOOM_SITES_DOMAIN")
FORCE_SCRIPT_NAME = os.getenv("SPRINTLOOM_SUBPATH", "")

SPRINTLOOM_URL = f"{SPRINTLOOM_SITES_SCHEME}://{SPRINTLOOM_SITES_DOMAIN}{FORCE_SCRIPT_NAME}"
SITES = {
    "api": {"name": "api", "scheme": SPRINTLOOM_SITES_SCHEME, "domain": SPRINTLOOM_SITES_DOMAIN},
    "front": {"name": "front", "scheme": SPRINTLOOM_SITES_SCHEME, "domain": f"{SPRINTLOOM_SITES_DOMAIN}{FORCE_SCRIPT_NAME}"},
}

LANGUAGE_CODE = os.getenv("LANGUAGE_CODE", "en-us")
INSTANCE_TYPE = "D"

WEBHOOKS_ENABLED = os.getenv("WEBHOOKS_ENABLED", "True") == "True"
WEBHOOKS_ALLOW_PRIVATE_ADDRESS = os.getenv("WEBHOOKS_ALLOW_PRIVATE_ADDRESS", "False") == "True"
WEBHOOKS_ALLOW_REDIRECTS = os.getenv("WEBHOOKS_ALLOW_REDIRECTS", "False") == "True"

# Setting DEFAULT_PROJECT_SLUG_PREFIX to false
# removes the username from project slug
DEFAULT_PROJECT_SLUG_PREFIX = os.getenv("DEFAULT_PROJECT_SLUG_PREFIX", "False") == "True"

#########################################
## MEDIA
#########################################
MEDIA_URL = f"{SPRINTLOOM_URL}/media/"
DEFAULT_FILE_STORAGE = "django.core.files.storage.FileSystemStorage"
STATIC_URL = f"{SPRINTLOOM_URL}/static/"

#########################################
## EMAIL
#########################################
# https://docs.djangoproject.com/en/3.1/topics/email/
# djmail queues the message and hands it to the real backend (SMTP in production)
EMAIL_BACKEND = "djmail.backends.default.EmailBackend"
DJMAIL_REAL_BACKEND = os.getenv("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
CHANGE_NOTIFICATIONS_MIN_INTERVAL = 120  # seconds

DEFAULT_FROM_EMAIL = os.getenv("DEFAULT_FROM_EMAIL", "system@sprintloom.io")
EMAIL_USE_TLS = os.getenv("EMAIL_USE_TLS", "False") == "True"
EMAIL_USE_SSL = os.getenv("EMAIL_USE_SSL", "False") == "True"
EMAIL_HOST = os.getenv("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.getenv("EMAIL_PORT", 587))
EMAIL_HOST_USER = os.getenv("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD", "")

#########################################
## SESSION
#########################################
SESSION_COOKIE_SECURE = os.getenv("SESSION_COOKIE_SECURE", "True") == "True"
CSRF_COOKIE_SECURE = os.getenv("CSRF_COOKIE_SECURE", "True") == "True"

#########################################
## EVENTS
#########################################
_RABBITMQ_USER = os.getenv("RABBITMQ_USER")
_RABBITMQ_PASS = os.getenv("RABBITMQ_PASS")
_RABBITMQ_VHOST = os.getenv("RABBITMQ_VHOST", "sprintloom")

EVENTS_PUSH_BACKEND = "sprintloom.events.backends.rabbitmq.EventsPushBackend"
EVENTS_PUSH_BACKEND_OPTIONS = {
    "url": f"amqp://{_RABBITMQ_USER}:{_RABBITMQ_PASS}@sprintloom-events-rabbitmq:5672/{_RABBITMQ_VHOST}"
}

#########################################
## SPRINTLOOM ASYNC
#########################################
CELERY_ENABLED = os.getenv("CELERY_ENABLED", "True") == "True"
from kombu import Queue  # noqa

CELERY_BROKER_URL = f"amqp://{_RABBITMQ_USER}:{_RABBITMQ_PASS}@sprintloom-async-rabbitmq:5672/{_RABBITMQ_VHOST}"
CELERY_RESULT_BACKEND = None  # for a general installation, we don't need to store the results
CELERY_ACCEPT_CONTENT = ["pickle", ]  # Values are "pickle", "json", "msgpack" and "yaml"
CELERY_TASK_SERIALIZER = "pickle"
CELERY_RESULT_SERIALIZER = "pickle"
CELERY_TIMEZONE = os.getenv("CELERY_TIMEZONE", "Europe/Madrid")
CELERY_TASK_DEFAULT_QUEUE = "tasks"
CELERY_QUEUES = (
    Queue("tasks", routing_key="task.#"),
    Queue("transient", routing_key="transient.#", delivery_mode=1),
)
CELERY_TASK_DEFAULT_EXCHANGE = "tasks"
CELERY_TASK_DEFAULT_EXCHANGE_TYPE = "topic"
CELERY_TASK_DEFAULT_ROUTING_KEY = "task.default"

#########################################
## REGISTRATION
#########################################
PUBLIC_REGISTER_ENABLED = os.getenv("PUBLIC_REGISTER_ENABLED", "False") == "True"

#########################################
## CONTRIBS
#########################################
# SLACK
# ENABLE_SLACK = os.getenv("ENABLE_SLACK", "False") == "True"
# if ENABLE_SLACK:
#     INSTALLED_APPS += ["sprintloom_contrib_slack"]

#########################################
## TELEMETRY
#########################################
ENABLE_TELEMETRY = os.getenv("ENABLE_TELEMETRY", "True") == "True"

# SENTRY_DSN = os.getenv("SENTRY_DSN")
# if SENTRY_DSN:
#     import sentry_sdk
#     sentry_sdk.init(dsn=SENTRY_DSN, traces_sample_rate=0.1)

#########################################
## IMPORTERS
#########################################
ENABLE_GITHUB_IMPORTER = os.getenv("ENABLE_GITHUB_IMPORTER", "False") == "True"
if ENABLE_GITHUB_IMPORTER:
    IMPORTERS["github"] = {
        "active": True,
        "client_id": os.getenv("GITHUB_API_CLIENT_ID"),
        "client_secret": os.getenv("GITHUB_API_CLIENT_SECRET"),
    }

ENABLE_JIRA_IMPORTER = os.getenv("ENABLE_JIRA_IMPORTER", "False") == "True"
if ENABLE_JIRA_IMPORTER:
    IMPORTERS["jira"] = {
        "active": True,
        "consumer_key": os.getenv("JIRA_IMPORTER_CONSUMER_KEY"),
        "cert": os.getenv("JIRA_IMPORTER_CERT"),
        "pub_cert": os.getenv("JIRA_IMPORTER_PUB_CERT"),
    }

ENABLE_TRELLO_IMPORTER = os.getenv("ENABLE_TRELLO_IMPORTER", "False") == "True"
if ENABLE_TRELLO_IMPORTER:
    IMPORTERS["trello"] = {
        "active": True,
        "api_key": os.getenv("TRELLO_IMPORTER_API_KEY"),
        "secret_key": os.getenv("TRELLO_IMPORTER_SECRET_KEY"),
    }
