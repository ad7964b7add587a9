"""Global settings for the planedeck api server."""

import os
import ssl
from urllib.parse import urlparse

import dj_database_url
from celery.schedules import crontab
from corsheaders.defaults import default_headers

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = int(os.environ.get("DEBUG", "0"))

ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "planedeck.db",
    "planedeck.app",
    "planedeck.license",
    "rest_framework",
    "corsheaders",
    "django_celery_beat",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": (
        "rest_framework.authentication.SessionAuthentication",
    ),
    "DEFAULT_PERMISSION_CLASSES": ("rest_framework.permissions.IsAuthenticated",),
    "DEFAULT_RENDERER_CLASSES": ("rest_framework.renderers.JSONRenderer",),
}

ROOT_URLCONF = "planedeck.urls"
WSGI_APPLICATION = "planedeck.wsgi.application"
ASGI_APPLICATION = "planedeck.asgi.application"

# CORS
cors_origins_raw = os.environ.get("CORS_ALLOWED_ORIGINS", "")
cors_allowed_origins = [o.strip() for o in cors_origins_raw.split(",") if o.strip()]
if cors_allowed_origins:
    CORS_ALLOWED_ORIGINS = cors_allowed_origins
else:
    CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = True
CORS_ALLOW_HEADERS = (*default_headers, "x-api-key")

# Database
if bool(os.environ.get("DATABASE_URL")):
    DATABASES = {"default": dj_database_url.config()}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": os.environ.get("POSTGRES_DB"),
            "USER": os.environ.get("POSTGRES_USER"),
            "PASSWORD": os.environ.get("POSTGRES_PASSWORD"),
            "HOST": os.environ.get("POSTGRES_HOST"),
            "PORT": os.environ.get("POSTGRES_PORT", "5432"),
        }
    }

# Redis
REDIS_URL = os.environ.get("REDIS_URL")
REDIS_SSL = REDIS_URL and "rediss" in REDIS_URL

if REDIS_SSL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": False},
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        }
    }

# Search backend — the Elasticsearch integration was removed in favour of Postgres full text search.
# ELASTICSEARCH_DSL = {
#     "default": {"hosts": os.environ.get("ELASTICSEARCH_URL", "http://elasticsearch:9200")}
# }

# Storage (S3 / MinIO)
STORAGES = {"staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
STORAGES["default"] = {"BACKEND": "storages.backends.s3boto3.S3Boto3Storage"}
AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID", "access-key")
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY", "secret-key")
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_S3_BUCKET_NAME", "uploads")
AWS_REGION = os.environ.get("AWS_REGION", "")
AWS_DEFAULT_ACL = "public-read"
AWS_QUERYSTRING_AUTH = False
AWS_S3_FILE_OVERWRITE = False
AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL", None) or os.environ.get(
    "MINIO_ENDPOINT_URL", None
)
USE_MINIO = int(os.environ.get("USE_MINIO", 0)) == 1
if USE_MINIO:
    AWS_S3_CUSTOM_DOMAIN = None
    AWS_S3_URL_PROTOCOL = f"{urlparse(os.environ.get('WEB_URL', 'http://localhost')).scheme}:"

FILE_SIZE_LIMIT = int(os.environ.get("FILE_SIZE_LIMIT", 5242880))

# Celery
if os.environ.get("AMQP_URL"):
    CELERY_BROKER_URL = os.environ.get("AMQP_URL")
else:
    RABBITMQ_HOST = os.environ.get("RABBITMQ_HOST", "localhost")
    RABBITMQ_PORT = os.environ.get("RABBITMQ_PORT", "5672")
    RABBITMQ_USER = os.environ.get("RABBITMQ_USER", "guest")
    RABBITMQ_PASSWORD = os.environ.get("RABBITMQ_PASSWORD", "guest")
    RABBITMQ_VHOST = os.environ.get("RABBITMQ_VHOST", "/")
    CELERY_BROKER_URL = (
        f"amqp://{RABBITMQ_USER}:{RABBITMQ_PASSWORD}@{RABBITMQ_HOST}:{RABBITMQ_PORT}/{RABBITMQ_VHOST}"
    )

CELERY_RESULT_BACKEND = REDIS_URL
if REDIS_SSL:
    CELERY_REDIS_BACKEND_USE_SSL = {"ssl_cert_reqs": ssl.CERT_NONE}
CELERY_TIMEZONE = "UTC"
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["application/json"]
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "planedeck.bgtasks.email_notification_task.*": {"queue": "emails"},
    "planedeck.bgtasks.magic_link_code_task.*": {"queue": "emails"},
    "planedeck.bgtasks.export_task.*": {"queue": "exports"},
    "planedeck.bgtasks.webhook_task.*": {"queue": "webhooks"},
}
CELERY_IMPORTS = (
    "planedeck.bgtasks.email_notification_task",
    "planedeck.bgtasks.magic_link_code_task",
    "planedeck.bgtasks.export_task",
    "planedeck.bgtasks.file_asset_task",
    "planedeck.bgtasks.webhook_task",
)
CELERY_BEAT_SCHEDULE = {
    "check-every-five-minutes-to-send-email-notifications": {
        "task": "planedeck.bgtasks.email_notification_task.stack_email_notification",
        "schedule": crontab(minute="*/5"),
    },
    "delete-orphaned-file-assets": {
        "task": "planedeck.bgtasks.file_asset_task.delete_unuploaded_file_asset",
        "schedule": crontab(hour=0, minute=0),
    },
}

# Email (the SMTP host is read by the Celery tasks)
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 587))
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "1") == "1"
EMAIL_USE_SSL = os.environ.get("EMAIL_USE_SSL", "0") == "1"
EMAIL_FROM = os.environ.get("EMAIL_FROM", "Team planedeck <team@mailer.planedeck.io>")

# AI assistant
LLM_PROVIDER = os.environ.get("LLM_PROVIDER", "openai")
LLM_MODEL = os.environ.get("LLM_MODEL", "gpt-4o-mini")
LLM_API_KEY = os.environ.get("LLM_API_KEY", "")

# Unsplash cover images (disabled unless ENABLE_UNSPLASH=1)
ENABLE_UNSPLASH = os.environ.get("ENABLE_UNSPLASH", "0") == "1"
UNSPLASH_ACCESS_KEY = os.environ.get("UNSPLASH_ACCESS_KEY", "")

# Instance URLs
WEB_URL = os.environ.get("WEB_URL", "http://localhost")
APP_BASE_URL = os.environ.get("APP_BASE_URL")
ADMIN_BASE_URL = os.environ.get("ADMIN_BASE_URL")
SPACE_BASE_URL = os.environ.get("SPACE_BASE_URL")
LIVE_BASE_URL = os.environ.get("LIVE_BASE_URL")

SESSION_COOKIE_NAME = "session-id"
SESSION_ENGINE = "django.contrib.sessions.backends.db"
ADMIN_SESSION_COOKIE_NAME = "admin-session-id"

# Telemetry
POSTHOG_API_KEY = os.environ.get("POSTHOG_API_KEY", "")
POSTHOG_HOST = os.environ.get("POSTHOG_HOST", "https://eu.i.posthog.com")
IS_TELEMETRY_ENABLED = os.environ.get("ENABLE_TELEMETRY", "1") == "1"

LANGUAGE_CODE = "en-us"
USE_TZ = True
TIME_ZONE = "UTC"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
STATIC_URL = "/static/"
