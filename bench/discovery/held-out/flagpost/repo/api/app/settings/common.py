"""
Django settings for the Flagpost API.
"""
import os
import sys
from datetime import timedelta

import dj_database_url
from environs import Env

from task_processor.task_run_method import TaskRunMethod

env = Env()

BASE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

ENV = env("ENVIRONMENT", default="local")
if ENV not in ("local", "dev", "staging", "production"):
    raise ValueError("ENVIRONMENT env variable must be one of local, dev, staging or production")

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="not-a-real-secret")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])
FLAGPOST_DOMAIN = env("FLAGPOST_DOMAIN", default=None)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "djoser",
    "corsheaders",
    "users",
    "custom_auth",
    "organisations",
    "organisations.invites",
    "environments",
    "features",
    "webhooks",
    "integrations.slack",
    "integrations.datadog",
    "integrations.segment",
    "integrations.amplitude",
    "app_analytics",
    "task_processor",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "app.urls"
WSGI_APPLICATION = "app.wsgi.application"
AUTH_USER_MODEL = "users.FFAdminUser"

# Database
if "DATABASE_URL" in os.environ:
    DATABASES = {
        "default": dj_database_url.parse(env("DATABASE_URL"), conn_max_age=60),
    }
    REPLICA_DATABASE_URLS = env.list("REPLICA_DATABASE_URLS", default=[])
    for i, db_url in enumerate(REPLICA_DATABASE_URLS, start=1):
        DATABASES[f"replica_{i}"] = dj_database_url.parse(db_url, conn_max_age=60)
elif "DJANGO_DB_NAME" in os.environ:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": os.environ["DJANGO_DB_NAME"],
            "USER": os.environ["DJANGO_DB_USER"],
            "PASSWORD": os.environ["DJANGO_DB_PASSWORD"],
            "HOST": os.environ["DJANGO_DB_HOST"],
            "PORT": os.environ["DJANGO_DB_PORT"],
            "CONN_MAX_AGE": 60,
        },
    }

# Analytics
USE_POSTGRES_FOR_ANALYTICS = env.bool("USE_POSTGRES_FOR_ANALYTICS", default=False)
INFLUXDB_TOKEN = env.str("INFLUXDB_TOKEN", default="")
INFLUXDB_BUCKET = env.str("INFLUXDB_BUCKET", default="")
INFLUXDB_URL = env.str("INFLUXDB_URL", default="")
INFLUXDB_ORG = env.str("INFLUXDB_ORG", default="")

# Caches
CACHE_ENVIRONMENT_DOCUMENT_SECONDS = env.int("CACHE_ENVIRONMENT_DOCUMENT_SECONDS", default=0)
CACHE_ENVIRONMENT_DOCUMENT_BACKEND = env.str(
    "CACHE_ENVIRONMENT_DOCUMENT_BACKEND",
    default="django.core.cache.backends.locmem.LocMemCache",
)
CACHE_ENVIRONMENT_DOCUMENT_LOCATION = env.str(
    "CACHE_ENVIRONMENT_DOCUMENT_LOCATION", default="environment-documents"
)
ENVIRONMENT_DOCUMENT_CACHE_LOCATION = "environment-documents-cache"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    },
    ENVIRONMENT_DOCUMENT_CACHE_LOCATION: {
        "BACKEND": CACHE_ENVIRONMENT_DOCUMENT_BACKEND,
        "LOCATION": CACHE_ENVIRONMENT_DOCUMENT_LOCATION,
        "OPTIONS": (
            {"CLIENT_CLASS": "django_redis.client.DefaultClient"}
            if CACHE_ENVIRONMENT_DOCUMENT_BACKEND.startswith("django_redis")
            else {}
        ),
        "TIMEOUT": CACHE_ENVIRONMENT_DOCUMENT_SECONDS,
    },
}

# Email
SENDER_EMAIL = env.str("SENDER_EMAIL", default="noreply@flagpost.example.com")
DEFAULT_FROM_EMAIL = SENDER_EMAIL
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="sgbackend.SendGridBackend")
if EMAIL_BACKEND == "sgbackend.SendGridBackend":
    SENDGRID_API_KEY = env.str("SENDGRID_API_KEY", default=None)
elif EMAIL_BACKEND == "django.core.mail.backends.smtp.EmailBackend":
    EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
    EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default=None)
    EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default=None)
    EMAIL_PORT = env.int("EMAIL_PORT", default=587)
    EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=True)

# Djoser (password reset, activation)
DJOSER = {
    "PASSWORD_RESET_CONFIRM_URL": "password-reset/confirm/{uid}/{token}",
    "SEND_ACTIVATION_EMAIL": False,
    "HIDE_USERS": True,
    "SERIALIZERS": {"token": "custom_auth.serializers.CustomTokenSerializer"},
}

# Task processor
TASK_RUN_METHOD = env.enum(
    "TASK_RUN_METHOD",
    type=TaskRunMethod,
    default=TaskRunMethod.SEPARATE_THREAD.value,
)
TASK_DELETE_RETENTION_DAYS = env.int("TASK_DELETE_RETENTION_DAYS", default=15)
ENABLE_TASK_PROCESSOR_HEALTH_CHECK = env.bool("ENABLE_TASK_PROCESSOR_HEALTH_CHECK", default=False)

# Google OAuth
OAUTH_CLIENT_ID = env.str("OAUTH_CLIENT_ID", default="")
OAUTH_CLIENT_SECRET = env.str("OAUTH_CLIENT_SECRET", default="")

# Telemetry
TELEMETRY_DISABLED = env.bool("TELEMETRY_DISABLED", default=False)
TELEMETRY_URL = env.str("TELEMETRY_URL", default="https://api.flagpost.io/api/v1/analytics/telemetry/")

# Sentry
SENTRY_SDK_DSN = env.str("SENTRY_SDK_DSN", default=None)
if SENTRY_SDK_DSN:
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(dsn=SENTRY_SDK_DSN, integrations=[DjangoIntegration()], traces_sample_rate=0.01)

# SaaS only
CHARGEBEE_API_KEY = env.str("CHARGEBEE_API_KEY", default=None)
CHARGEBEE_SITE = env.str("CHARGEBEE_SITE", default=None)
HUBSPOT_ACCESS_TOKEN = env.str("HUBSPOT_ACCESS_TOKEN", default=None)
ENABLE_HUBSPOT_LEAD_TRACKING = env.bool("ENABLE_HUBSPOT_LEAD_TRACKING", default=False)

# Integrations
SLACK_CLIENT_ID = env.str("SLACK_CLIENT_ID", default="")
SLACK_CLIENT_SECRET = env.str("SLACK_CLIENT_SECRET", default="")

STATIC_URL = "/static/"
STATIC_ROOT = os.path.join(BASE_DIR, "static")
STATICFILES_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"

CORS_ORIGIN_ALLOW_ALL = env.bool("CORS_ORIGIN_ALLOW_ALL", default=True)

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_AUTHENTICATION_CLASSES": ("rest_framework.authentication.TokenAuthentication",),
    "PAGE_SIZE": 10,
}

TESTING = "pytest" in sys.modules
