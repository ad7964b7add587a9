import os
import sys
from copy import deepcopy

from .config import DEPLOY_ROOT, DEVELOPMENT, PRODUCTION, get_config, get_mandatory_secret, get_secret
from .default_settings import *  # noqa: F403

if PRODUCTION:
    # /etc/parleyhub/settings.py is symlinked to phproject/prod_settings.py by the installer;
    # the docker entrypoint appends SETTING_* values to it at boot.
    from .prod_settings import *  # noqa: F403
else:
    from .dev_settings import *  # noqa: F403

SECRET_KEY = get_mandatory_secret("secret_key")
DEBUG = DEVELOPMENT
ALLOWED_HOSTS = ["*"]
TORNADO_SERVER = "http://127.0.0.1:9800" if len(TORNADO_PORTS) == 1 else None

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "parley",
    "analytics",
]
if CORPORATE_ENABLED:
    INSTALLED_APPS.append("corporate")

ROOT_URLCONF = "phproject.urls"
WSGI_APPLICATION = "phproject.wsgi.application"

########################################################################
# DATABASE
########################################################################
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": get_config("postgresql", "database_name", "parleyhub"),
        "USER": get_config("postgresql", "database_user", "parleyhub"),
        "PASSWORD": "",
        "HOST": "",
        "SCHEMA": "parleyhub",
        "CONN_MAX_AGE": 600,
        "OPTIONS": {"connection_factory": None},
    },
}

if REMOTE_POSTGRES_HOST != "":
    DATABASES["default"].update(
        HOST=REMOTE_POSTGRES_HOST,
        PORT=REMOTE_POSTGRES_PORT,
        PASSWORD=get_secret("postgres_password"),
    )
    if REMOTE_POSTGRES_SSLMODE != "":
        DATABASES["default"]["OPTIONS"]["sslmode"] = REMOTE_POSTGRES_SSLMODE
    else:
        DATABASES["default"]["OPTIONS"]["sslmode"] = "verify-full"

########################################################################
# RABBITMQ / REDIS / MEMCACHED
########################################################################
RABBITMQ_PASSWORD = get_secret("rabbitmq_password")
REDIS_PASSWORD = get_secret("redis_password")

SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
MEMCACHED_PASSWORD = get_secret("memcached_password")

CACHES = {
    "default": {
        "BACKEND": "parley.lib.singleton_bmemcached.SingletonBMemcached",
        "LOCATION": MEMCACHED_LOCATION,
        "OPTIONS": {
            "socket_timeout": 3600,
            "username": MEMCACHED_USERNAME,
            "password": MEMCACHED_PASSWORD,
            "pickle_protocol": 4,
        },
    },
    "database": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "third_party_api_results",
        "TIMEOUT": None,
    },
}

########################################################################
# EMAIL
########################################################################
EMAIL_HOST_PASSWORD = get_secret("email_password")
if EMAIL_HOST is None:
    EMAIL_BACKEND = "parley.lib.send_email.FakeEmailBackend"
else:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_TIMEOUT = 15
DEFAULT_FROM_EMAIL = PARLEYHUB_ADMINISTRATOR

########################################################################
# S3
########################################################################
S3_KEY = get_secret("s3_key")
S3_SECRET_KEY = get_secret("s3_secret_key")
if LOCAL_UPLOADS_DIR is not None:
    UPLOAD_BACKEND = "local"
else:
    UPLOAD_BACKEND = "s3"

########################################################################
# OPTIONAL FEATURES
########################################################################
if SENTRY_DSN:
    from parley.lib.sentry import setup_sentry

    setup_sentry(SENTRY_DSN, get_config("machine", "deploy_type", "development"))

STATSD_HOST = ""  # statsd/prometheus exporter is localhost-only telemetry

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"file": {"class": "logging.handlers.WatchedFileHandler", "filename": "/var/log/parleyhub/server.log"}},
    "root": {"handlers": ["file"], "level": "INFO"},
}
