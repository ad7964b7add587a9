import os
from random import randrange

from celery.schedules import crontab

from common.utils import getenv_boolean, getenv_integer, getenv_list

VERSION = "dev-oss"
SEND_ANONYMOUS_USAGE_STATS = getenv_boolean("SEND_ANONYMOUS_USAGE_STATS", default=True)
ANONYMOUS_USAGE_STATS_URL = os.environ.get("ANONYMOUS_USAGE_STATS_URL", "https://stats.pagerloft.io/pagerloft-usage-report")

# License is OpenSource or Cloud
OPEN_SOURCE_LICENSE_NAME = "OpenSource"
CLOUD_LICENSE_NAME = "Cloud"
LICENSE = os.environ.get("PAGERLOFT_LICENSE", default=OPEN_SOURCE_LICENSE_NAME)

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY")
TOKEN_SECRET = os.environ.get("TOKEN_SECRET", SECRET_KEY)
TOKEN_SALT = os.environ.get("TOKEN_SALT", "")

ALLOWED_HOSTS = [item.strip() for item in os.environ.get("ALLOWED_HOSTS", "*").split(",")]

BASE_URL = os.environ.get("BASE_URL")  # Root URL of Pagerloft backend, used for integration URLs
# Grafana instance the engine manages users/teams/contact points in
GRAFANA_API_URL = os.environ.get("GRAFANA_API_URL", default=None)
SELF_HOSTED_SETTINGS = {
    "STACK_ID": 5,
    "STACK_SLUG": os.environ.get("SELF_HOSTED_STACK_SLUG", "self_hosted_stack"),
    "ORG_ID": 100,
    "ORG_SLUG": os.environ.get("SELF_HOSTED_ORG_SLUG", "self_hosted_org"),
    "ORG_TITLE": os.environ.get("SELF_HOSTED_ORG_TITLE", "Self-Hosted Organization"),
    "REGION_SLUG": os.environ.get("SELF_HOSTED_REGION_SLUG", "self_hosted_region"),
    "GRAFANA_API_URL": GRAFANA_API_URL,
}

# Features
FEATURE_SLACK_INTEGRATION_ENABLED = getenv_boolean("FEATURE_SLACK_INTEGRATION_ENABLED", default=True)
FEATURE_TELEGRAM_INTEGRATION_ENABLED = getenv_boolean("FEATURE_TELEGRAM_INTEGRATION_ENABLED", default=True)
FEATURE_EMAIL_INTEGRATION_ENABLED = getenv_boolean("FEATURE_EMAIL_INTEGRATION_ENABLED", default=True)
FEATURE_WEBHOOKS_ENABLED = getenv_boolean("FEATURE_WEBHOOKS_ENABLED", default=True)
FEATURE_PROMETHEUS_EXPORTER_ENABLED = getenv_boolean("FEATURE_PROMETHEUS_EXPORTER_ENABLED", default=False)
FEATURE_OTEL_TRACING_ENABLED = getenv_boolean("FEATURE_OTEL_TRACING_ENABLED", default=False)

# Pagerloft Cloud connection (push notification relay, cloud heartbeat, user sync)
PAGERLOFT_CLOUD_API_URL = os.environ.get("PAGERLOFT_CLOUD_API_URL", "https://api.pagerloft.cloud")
PAGERLOFT_CLOUD_NOTIFICATIONS_ENABLED = getenv_boolean("PAGERLOFT_CLOUD_NOTIFICATIONS_ENABLED", default=True)
PAGERLOFT_CLOUD_HEARTBEAT_ENABLED = getenv_boolean("PAGERLOFT_CLOUD_HEARTBEAT_ENABLED", default=True)
PAGERLOFT_CLOUD_API_TOKEN = os.environ.get("PAGERLOFT_CLOUD_API_TOKEN")

# Direct FCM is only used by the cloud itself (it is the relay); self-hosted installs go through the cloud
FCM_RELAY_ENABLED = getenv_boolean("FCM_RELAY_ENABLED", default=False)
FCM_PROJECT_ID = os.environ.get("FCM_PROJECT_ID", None)


class DatabaseTypes:
    MYSQL = "mysql"
    POSTGRESQL = "postgresql"
    SQLITE3 = "sqlite3"


DATABASE_ENGINES = {
    DatabaseTypes.MYSQL: "django.db.backends.mysql",
    DatabaseTypes.POSTGRESQL: "django.db.backends.postgresql",
    DatabaseTypes.SQLITE3: "django.db.backends.sqlite3",
}
DATABASE_DEFAULT_PORTS = {
    DatabaseTypes.MYSQL: 3306,
    DatabaseTypes.POSTGRESQL: 5432,
}

DATABASE_TYPE = os.getenv("DATABASE_TYPE", DatabaseTypes.MYSQL).lower()
assert DATABASE_TYPE in DATABASE_ENGINES, f"Unsupported DATABASE_TYPE {DATABASE_TYPE}"

DATABASE_NAME = os.getenv("DATABASE_NAME") or os.getenv("MYSQL_DB_NAME")
DATABASE_USER = os.getenv("DATABASE_USER") or os.getenv("MYSQL_USER")
DATABASE_PASSWORD = os.getenv("DATABASE_PASSWORD") or os.getenv("MYSQL_PASSWORD")
DATABASE_HOST = os.getenv("DATABASE_HOST") or os.getenv("MYSQL_HOST")
DATABASE_PORT = os.getenv("DATABASE_PORT") or os.getenv("MYSQL_PORT") or DATABASE_DEFAULT_PORTS.get(DATABASE_TYPE)

DATABASE_OPTIONS = {}
if DATABASE_TYPE == DatabaseTypes.MYSQL:
    DATABASE_OPTIONS = {"charset": "utf8mb4", "connect_timeout": 1}
elif DATABASE_TYPE == DatabaseTypes.POSTGRESQL:
    DATABASE_OPTIONS = {"sslmode": os.getenv("DATABASE_SSL_MODE", "prefer")}

DATABASES = {
    "default": {
        "ENGINE": DATABASE_ENGINES[DATABASE_TYPE],
        "NAME": DATABASE_NAME or "pagerloft",
        "USER": DATABASE_USER,
        "PASSWORD": DATABASE_PASSWORD,
        "HOST": DATABASE_HOST,
        "PORT": DATABASE_PORT,
        "CONN_MAX_AGE": getenv_integer("DATABASE_CONN_MAX_AGE", 0),
        "OPTIONS": DATABASE_OPTIONS,
    },
}

# Redis is used as the Django cache (locks, rate limits, Slack/Telegram dedup)
REDIS_USERNAME = os.getenv("REDIS_USERNAME", "")
REDIS_PASSWORD = os.getenv("REDIS_PASSWORD")
REDIS_HOST = os.getenv("REDIS_HOST")
REDIS_PORT = os.getenv("REDIS_PORT", 6379)
REDIS_DATABASE = os.getenv("REDIS_DATABASE", 0)
REDIS_PROTOCOL = os.getenv("REDIS_PROTOCOL", "redis")
REDIS_URI = os.getenv("REDIS_URI")
if not REDIS_URI and REDIS_HOST:
    REDIS_URI = f"{REDIS_PROTOCOL}://{REDIS_USERNAME}:{REDIS_PASSWORD}@{REDIS_HOST}:{REDIS_PORT}/{REDIS_DATABASE}"

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URI,
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "SOCKET_CONNECT_TIMEOUT": 5,
            "SOCKET_TIMEOUT": 5,
        },
        "KEY_PREFIX": "pagerloft",
    },
}


class BrokerTypes:
    RABBITMQ = "rabbitmq"
    REDIS = "redis"


BROKER_TYPE = os.getenv("BROKER_TYPE", BrokerTypes.RABBITMQ).lower()

if BROKER_TYPE == BrokerTypes.RABBITMQ:
    RABBITMQ_USERNAME = os.environ.get("RABBITMQ_USERNAME")
    RABBITMQ_PASSWORD = os.environ.get("RABBITMQ_PASSWORD")
    RABBITMQ_HOST = os.environ.get("RABBITMQ_HOST")
    RABBITMQ_PORT = os.environ.get("RABBITMQ_PORT", 5672)
    RABBITMQ_PROTOCOL = os.environ.get("RABBITMQ_PROTOCOL", "amqp")
    RABBITMQ_VHOST = os.environ.get("RABBITMQ_DEFAULT_VHOST", "")
    CELERY_BROKER_URL = os.environ.get(
        "RABBITMQ_URI",
        f"{RABBITMQ_PROTOCOL}://{RABBITMQ_USERNAME}:{RABBITMQ_PASSWORD}@{RABBITMQ_HOST}:{RABBITMQ_PORT}/{RABBITMQ_VHOST}",
    )
elif BROKER_TYPE == BrokerTypes.REDIS:
    CELERY_BROKER_URL = REDIS_URI
else:
    raise ValueError(f"Invalid BROKER_TYPE env variable: {BROKER_TYPE}")

CELERY_BROKER_POOL_LIMIT = getenv_integer("CELERY_BROKER_POOL_LIMIT", 1)
CELERY_BROKER_CONNECTION_TIMEOUT = 1
CELERY_BROKER_HEARTBEAT = 240
CELERY_IGNORE_RESULT = True
CELERY_ACKS_LATE = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_MAX_TASKS_PER_CHILD = 1
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "apps.alerts.tasks.escalate_alert_group": {"queue": "critical"},
    "apps.alerts.tasks.notify_user_task": {"queue": "critical"},
    "apps.alerts.tasks.perform_notification": {"queue": "critical"},
    "apps.alerts.tasks.create_alert": {"queue": "critical"},
    "apps.mobile_app.tasks.send_push_notification": {"queue": "critical"},
    "apps.email.tasks.notify_user_by_email": {"queue": "default"},
    "apps.slack.tasks.post_alert_group_to_slack": {"queue": "slack"},
    "apps.slack.tasks.update_alert_group_slack_message": {"queue": "slack"},
    "apps.telegram.tasks.send_alert_group_to_telegram": {"queue": "telegram"},
    "apps.telegram.tasks.register_telegram_webhook": {"queue": "telegram"},
    "apps.webhooks.tasks.execute_webhook": {"queue": "webhook"},
    "apps.grafana_plugin.tasks.sync_organization": {"queue": "long"},
    "apps.grafana_plugin.tasks.start_sync_organizations": {"queue": "long"},
    "apps.oss_installation.tasks.send_cloud_heartbeat_task": {"queue": "default"},
    "apps.oss_installation.tasks.sync_users_with_cloud": {"queue": "long"},
    "apps.oss_installation.tasks.send_usage_stats_report": {"queue": "default"},
}

CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BEAT_SCHEDULE = {
    "start_sync_organizations": {
        "task": "apps.grafana_plugin.tasks.start_sync_organizations",
        "schedule": crontab(minute="*/30"),
        "args": (),
    },
    "send_cloud_heartbeat": {
        "task": "apps.oss_installation.tasks.send_cloud_heartbeat_task",
        "schedule": crontab(minute="*/5"),
        "args": (),
    },
    "sync_users_with_cloud": {
        "task": "apps.oss_installation.tasks.sync_users_with_cloud",
        "schedule": crontab(hour="*/12", minute=randrange(0, 59)),
        "args": (),
    },
    "send_usage_stats_report": {
        "task": "apps.oss_installation.tasks.send_usage_stats_report",
        "schedule": crontab(hour=0, minute=randrange(0, 59)),
        "args": (),
    },
}

# Slack
SLACK_CLIENT_OAUTH_ID = os.environ.get("SLACK_CLIENT_OAUTH_ID")
SLACK_CLIENT_OAUTH_SECRET = os.environ.get("SLACK_CLIENT_OAUTH_SECRET")
SLACK_SIGNING_SECRET = os.environ.get("SLACK_SIGNING_SECRET")
SLACK_INSTALL_RETURN_REDIRECT_HOST = os.environ.get("SLACK_INSTALL_RETURN_REDIRECT_HOST", None)
SLACK_API_BASE_URL = "https://slack.com/api/"

# Telegram
TELEGRAM_TOKEN = os.environ.get("TELEGRAM_TOKEN")
TELEGRAM_API_URL = os.environ.get("TELEGRAM_API_URL", "https://api.telegram.org/bot")
TELEGRAM_WEBHOOK_HOST = os.environ.get("TELEGRAM_WEBHOOK_HOST", BASE_URL)

# Phone notifications
PHONE_PROVIDERS = {
    "twilio": "apps.twilioapp.phone_provider.TwilioPhoneProvider",
    "exotel": "apps.phone_notifications.exotel.ExotelPhoneProvider",
}
PHONE_PROVIDER = os.environ.get("PHONE_PROVIDER", default="twilio")

TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID")
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN")
TWILIO_API_KEY_SID = os.environ.get("TWILIO_API_KEY_SID")
TWILIO_API_KEY_SECRET = os.environ.get("TWILIO_API_KEY_SECRET")
TWILIO_NUMBER = os.environ.get("TWILIO_NUMBER")
TWILIO_VERIFY_SERVICE_SID = os.environ.get("TWILIO_VERIFY_SERVICE_SID")

EXOTEL_ACCOUNT_SID = os.environ.get("EXOTEL_ACCOUNT_SID")
EXOTEL_API_KEY = os.environ.get("EXOTEL_API_KEY")
EXOTEL_API_TOKEN = os.environ.get("EXOTEL_API_TOKEN")
EXOTEL_SUBDOMAIN = os.environ.get("EXOTEL_SUBDOMAIN", "api.exotel.com")

# Email
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.getenv("EMAIL_HOST")
EMAIL_HOST_USER = os.getenv("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD")
EMAIL_PORT = getenv_integer("EMAIL_PORT", 587)
EMAIL_USE_TLS = getenv_boolean("EMAIL_USE_TLS", True)
EMAIL_USE_SSL = getenv_boolean("EMAIL_USE_SSL", False)
EMAIL_FROM_ADDRESS = os.getenv("EMAIL_FROM_ADDRESS")
EMAIL_NOTIFICATIONS_LIMIT = getenv_integer("EMAIL_NOTIFICATIONS_LIMIT", 200)

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "django_celery_beat",
    "apps.alerts",
    "apps.api",
    "apps.integrations",
    "apps.grafana_plugin",
    "apps.slack",
    "apps.telegram",
    "apps.twilioapp",
    "apps.phone_notifications",
    "apps.mobile_app",
    "apps.email",
    "apps.webhooks",
    "apps.oss_installation",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
    },
]

ROOT_URLCONF = "engine.urls"
WSGI_APPLICATION = "engine.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
STATIC_URL = "/static/"
STATIC_ROOT = "./collected_static/"
TIME_ZONE = "UTC"
USE_TZ = True

REST_FRAMEWORK = {
    "DEFAULT_PARSER_CLASSES": ("rest_framework.parsers.JSONParser",),
    "DEFAULT_AUTHENTICATION_CLASSES": [],
}

PAGERLOFT_BACKEND_REGION = os.environ.get("PAGERLOFT_BACKEND_REGION")
CELERY_WORKER_QUEUES = getenv_list("CELERY_WORKER_QUEUE", default=["default"])
