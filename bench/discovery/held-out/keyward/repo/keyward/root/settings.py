"""root settings for keyward"""

import importlib
from collections import OrderedDict
from hashlib import sha512
from pathlib import Path

from celery.schedules import crontab
from sentry_sdk import set_tag

from keyward import ENV_GIT_HASH_KEY, __version__
from keyward.lib.config import CONFIG, django_db_config, redis_url
from keyward.lib.sentry import sentry_init

BASE_DIR = Path(__file__).absolute().parent.parent.parent
STATICFILES_DIRS = [BASE_DIR / Path("web")]
MEDIA_ROOT = BASE_DIR / Path("media")

DEBUG = CONFIG.get_bool("debug")
SECRET_KEY = CONFIG.get("secret_key")

INTERNAL_IPS = ["127.0.0.1"]
ALLOWED_HOSTS = ["*"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CROSS_ORIGIN_OPENER_POLICY = None
LOGIN_URL = "keyward_flows:default-authentication"

# Custom user model
AUTH_USER_MODEL = "keyward_core.User"

CSRF_COOKIE_NAME = "keyward_csrf"
CSRF_HEADER_NAME = "HTTP_X_KEYWARD_CSRF"
LANGUAGE_COOKIE_NAME = "keyward_language"
SESSION_COOKIE_NAME = "keyward_session"
SESSION_COOKIE_DOMAIN = CONFIG.get("cookie_domain", None)
APPEND_SLASH = False

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "keyward.core.auth.InbuiltBackend",
    "keyward.core.auth.TokenBackend",
]

DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

# Application definition
SHARED_APPS = [
    "django_tenants",
    "keyward.tenants",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "django_prometheus",
    "channels",
]
TENANT_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "keyward.admin",
    "keyward.api",
    "keyward.core",
    "keyward.events",
    "keyward.flows",
    "keyward.outposts",
    "keyward.policies",
    "keyward.policies.hibp",
    "keyward.policies.password",
    "keyward.providers.ldap",
    "keyward.providers.oauth2",
    "keyward.providers.proxy",
    "keyward.providers.radius",
    "keyward.stages.email",
    "keyward.stages.identification",
    "keyward.stages.password",
    "keyward.blueprints",
]

REST_FRAMEWORK = {
    "DEFAULT_PAGINATION_CLASS": "keyward.api.pagination.Pagination",
    "PAGE_SIZE": 100,
    "DEFAULT_FILTER_BACKENDS": [
        "keyward.rbac.filters.ObjectFilter",
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
        "rest_framework.filters.SearchFilter",
    ],
    "DEFAULT_AUTHENTICATION_CLASSES": (
        "keyward.api.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ),
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": CONFIG.get("cache.url") or redis_url(CONFIG.get("redis.db")),
        "TIMEOUT": CONFIG.get_int("cache.timeout", 300),
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        "KEY_PREFIX": "keyward_cache",
        "KEY_FUNCTION": "django_tenants.cache.make_key",
        "REVERSE_KEY_FUNCTION": "django_tenants.cache.reverse_key",
    }
}
DJANGO_REDIS_SCAN_ITERSIZE = 1000
DJANGO_REDIS_IGNORE_EXCEPTIONS = True
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SESSION_SERIALIZER = "django.contrib.sessions.serializers.PickleSerializer"
SESSION_CACHE_ALIAS = "default"

ROOT_URLCONF = "keyward.root.urls"
ASGI_APPLICATION = "keyward.root.asgi.application"

CHANNEL_LAYERS = {
    "default": {
        "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
        "CONFIG": {
            "hosts": [CONFIG.get("channel.url", redis_url(CONFIG.get("redis.db")))],
            "prefix": "keyward_channels_",
        },
    },
}

DATABASES = django_db_config()
DATABASE_ROUTERS = (
    "keyward.tenants.db.FailoverRouter",
    "django_tenants.routers.TenantSyncRouter",
)

# Email
# These values should never actually be used, emails are only sent from email stages, which
# loads the config directly from CONFIG
# See keyward/stages/email/models.py, line 105
EMAIL_HOST = CONFIG.get("email.host")
EMAIL_PORT = CONFIG.get_int("email.port")
EMAIL_HOST_USER = CONFIG.get("email.username")
EMAIL_HOST_PASSWORD = CONFIG.get("email.password")
EMAIL_USE_TLS = CONFIG.get_bool("email.use_tls", False)
EMAIL_USE_SSL = CONFIG.get_bool("email.use_ssl", False)
EMAIL_TIMEOUT = CONFIG.get_int("email.timeout")
DEFAULT_FROM_EMAIL = CONFIG.get("email.from")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_SUBJECT_PREFIX = "[keyward] "

# Internationalization
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = ["./locale"]

CELERY = {
    "task_soft_time_limit": 600,
    "worker_max_tasks_per_child": 50,
    "worker_concurrency": CONFIG.get_int("worker.concurrency"),
    "beat_schedule": {
        "clean_expired_models": {
            "task": "keyward.core.tasks.clean_expired_models",
            "schedule": crontab(minute="2-59/5"),
            "options": {"queue": "keyward_scheduled"},
        },
        "user_cleanup": {
            "task": "keyward.core.tasks.clean_temporary_users",
            "schedule": crontab(minute="9-59/5"),
            "options": {"queue": "keyward_scheduled"},
        },
    },
    "beat_scheduler": "keyward.tenants.scheduler:TenantAwarePersistentScheduler",
    "task_create_missing_queues": True,
    "task_default_queue": "keyward",
    "broker_url": CONFIG.get("broker.url") or redis_url(CONFIG.get("redis.db")),
    "result_backend": CONFIG.get("result_backend.url") or redis_url(CONFIG.get("redis.db")),
    "broker_transport_options": CONFIG.get_dict_from_b64_json(
        "broker.transport_options", {"retry_policy": {"timeout": 5.0}}
    ),
    "result_backend_transport_options": {"retry_policy": {"timeout": 5.0}},
    "redis_retry_on_timeout": True,
}

# Sentry integration

_ERROR_REPORTING = CONFIG.get_bool("error_reporting.enabled", False)
if _ERROR_REPORTING:
    sentry_env = CONFIG.get("error_reporting.environment", "customer")
    sentry_init()
    set_tag("keyward.uuid", sha512(str(SECRET_KEY).encode("ascii")).hexdigest()[:16])


STATIC_URL = "/static/"
MEDIA_URL = "/media/"

TEST = False
TEST_RUNNER = "keyward.root.test_runner.PytestTestRunner"


def _update_settings(app_path: str):
    try:
        settings = importlib.import_module(app_path)
        CELERY["beat_schedule"].update(getattr(settings, "CELERY_BEAT_SCHEDULE", {}))
    except ImportError:
        pass


for _app in TENANT_APPS:
    if _app.startswith("keyward"):
        _update_settings(f"{_app}.settings")
