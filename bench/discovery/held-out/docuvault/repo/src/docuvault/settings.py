"""
Django settings for DocuVault.

Every deployment knob is read from the environment. Variables are prefixed with
DOCUVAULT_; the helpers below add the prefix so the rest of this module only
names the suffix (e.g. ``_env("REDIS")`` reads ``DOCUVAULT_REDIS``).
A config file (docuvault.conf) may pre-populate the environment for bare-metal
installs.
"""
from __future__ import annotations

import json
import os
from os import PathLike
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from celery.schedules import crontab
from dotenv import load_dotenv

ENV_PREFIX = "DOCUVAULT_"

# ---------------------------------------------------------------------------
# Optional config file, loaded before any lookup so that real env vars still win
# ---------------------------------------------------------------------------
_config_file = os.getenv("DOCUVAULT_CONFIGURATION_PATH")
if _config_file and os.path.exists(_config_file):
    load_dotenv(_config_file, override=False)
else:
    for _candidate in ("../docuvault.conf", "/etc/docuvault.conf", "/usr/local/etc/docuvault.conf"):
        if os.path.exists(_candidate):
            load_dotenv(_candidate, override=False)
            break


def _env(key: str, default: Any = None) -> Any:
    """Read DOCUVAULT_<key>; also honour <key>_FILE for docker secrets."""
    name = f"{ENV_PREFIX}{key}"
    file_name = f"{name}_FILE"
    if file_name in os.environ:
        return Path(os.environ[file_name]).read_text().strip()
    return os.environ.get(name, default)


def _get_boolean(key: str, default: str = "NO") -> bool:
    return bool(str(_env(key, default)).lower() in ("yes", "y", "1", "t", "true"))


def _get_int(key: str, default: int) -> int:
    return int(_env(key, default))


def _get_float(key: str, default: float) -> float:
    return float(_env(key, default))


def _get_path(key: str, default: PathLike | str) -> Path:
    value = _env(key)
    if value is not None:
        return Path(value).resolve()
    return Path(default).resolve()


def _get_list(key: str, default: list[str] | None = None, sep: str = ",") -> list[str]:
    value = _env(key)
    if value is not None:
        return [x.strip() for x in value.split(sep) if x.strip()]
    return default or []


def _parse_redis_url(env_redis: str | None) -> tuple[str, str]:
    """
    Returns (celery_url, channels_url). Celery wants redis+socket:// for unix
    sockets while channels-redis wants unix://.
    """
    if env_redis is None:
        return ("redis://localhost:6379", "redis://localhost:6379")
    if "unix" in env_redis.lower():
        if env_redis.startswith("unix:"):
            return (env_redis.replace("unix:", "redis+socket:"), env_redis)
        if env_redis.startswith("redis+socket:"):
            return (env_redis, env_redis.replace("redis+socket:", "unix:"))
    return (env_redis, env_redis)


BASE_DIR: Path = Path(__file__).resolve().parent.parent
STATIC_ROOT = _get_path("STATICDIR", BASE_DIR.parent / "static")
MEDIA_ROOT = _get_path("MEDIA_ROOT", BASE_DIR.parent / "media")
ORIGINALS_DIR = MEDIA_ROOT / "documents" / "originals"
ARCHIVE_DIR = MEDIA_ROOT / "documents" / "archive"
THUMBNAIL_DIR = MEDIA_ROOT / "documents" / "thumbnails"
DATA_DIR = _get_path("DATA_DIR", BASE_DIR.parent / "data")
INDEX_DIR = DATA_DIR / "index"
MODEL_FILE = DATA_DIR / "classification_model.pickle"
LOGGING_DIR = _get_path("LOGGING_DIR", DATA_DIR / "log")
CONSUMPTION_DIR = _get_path("CONSUMPTION_DIR", BASE_DIR.parent / "consume")
SCRATCH_DIR = _get_path("SCRATCH_DIR", "/tmp/docuvault")

ENV_FILE_NAMES = ("docuvault.conf",)

# ---------------------------------------------------------------------------
# Application definition
# ---------------------------------------------------------------------------
INSTALLED_APPS = [
    "whitenoise.runserver_nostatic",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "django_extensions",
    "docuvault",
    "documents.apps.DocumentsConfig",
    "vault_tika.apps.VaultTikaConfig",
    "vault_mail.apps.VaultMailConfig",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "django_celery_results",
    "guardian",
    "allauth",
    "allauth.account",
    "channels",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

ROOT_URLCONF = "docuvault.urls"
ASGI_APPLICATION = "docuvault.asgi.application"

SECRET_KEY = _env("SECRET_KEY", "changeme-insecure-default")
DEBUG = _get_boolean("DEBUG", "NO")

# Own public URL; used to build absolute links in notification mails.
DOCUVAULT_URL = _env("URL", "")
if DOCUVAULT_URL:
    CSRF_TRUSTED_ORIGINS = [DOCUVAULT_URL]
    ALLOWED_HOSTS = [urlparse(DOCUVAULT_URL).hostname or "*"]
else:
    CSRF_TRUSTED_ORIGINS = _get_list("CSRF_TRUSTED_ORIGINS")
    ALLOWED_HOSTS = _get_list("ALLOWED_HOSTS", ["*"])

# ---------------------------------------------------------------------------
# Redis: Celery broker, channels layer and cache all share one URL
# ---------------------------------------------------------------------------
_CELERY_REDIS_URL, _CHANNELS_REDIS_URL = _parse_redis_url(_env("REDIS"))
_REDIS_KEY_PREFIX = _env("REDIS_PREFIX", "")

CHANNEL_LAYERS = {
    "default": {
        "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
        "CONFIG": {
            "hosts": [_CHANNELS_REDIS_URL],
            "capacity": 2000,
            "expiry": 15,
            "prefix": _REDIS_KEY_PREFIX,
        },
    },
}

CACHES = {
    "default": {
        "BACKEND": _env("CACHE_BACKEND", "django.core.cache.backends.redis.RedisCache"),
        "LOCATION": _CHANNELS_REDIS_URL,
        "KEY_PREFIX": _REDIS_KEY_PREFIX,
    },
}

# ---------------------------------------------------------------------------
# Database: engine picked by DOCUVAULT_DBENGINE, defaults to sqlite in DATA_DIR
# ---------------------------------------------------------------------------
def _parse_db_settings() -> dict:
    databases = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "db.sqlite3"),
            "OPTIONS": {},
        },
    }
    if _env("DBHOST"):
        # Keep the sqlite config around so `document_exporter` can migrate from it.
        databases["sqlite"] = databases["default"].copy()
        engine = _env("DBENGINE", "postgresql").lower()
        db_config = {
            "HOST": _env("DBHOST"),
            "NAME": _env("DBNAME", "docuvault"),
            "USER": _env("DBUSER", "docuvault"),
            "PASSWORD": _env("DBPASS", "docuvault"),
            "OPTIONS": {},
        }
        if _env("DBPORT"):
            db_config["PORT"] = _get_int("DBPORT", 5432)

        if engine == "mariadb":
            db_config["ENGINE"] = "django.db.backends.mysql"
            db_config["OPTIONS"] = {
                "read_default_file": "/etc/mysql/my.cnf",
                "charset": "utf8mb4",
                "collation": "utf8mb4_unicode_ci",
                "ssl_mode": _env("DBSSLMODE", "PREFERRED"),
            }
        elif engine in ("postgresql", "postgres"):
            db_config["ENGINE"] = "django.db.backends.postgresql"
            db_config["OPTIONS"] = {
                "sslmode": _env("DBSSLMODE", "prefer"),
                "sslrootcert": _env("DBSSLROOTCERT"),
            }
        else:
            raise ValueError(f"Unsupported DOCUVAULT_DBENGINE: {engine}")

        databases["default"] = db_config
    timeout = _env("DB_TIMEOUT")
    if timeout is not None:
        databases["default"]["OPTIONS"]["connect_timeout" if "HOST" in databases["default"] else "timeout"] = float(timeout)
    return databases


DATABASES = _parse_db_settings()
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

# ---------------------------------------------------------------------------
# Celery
# ---------------------------------------------------------------------------
TASK_WORKERS = _get_int("TASK_WORKERS", 1)
CELERY_BROKER_URL = _CELERY_REDIS_URL
CELERY_TIMEZONE = _env("TIME_ZONE", "UTC")
CELERY_WORKER_CONCURRENCY: int = TASK_WORKERS
CELERY_TASK_TRACK_STARTED = True
CELERY_TASK_TIME_LIMIT = _get_int("WORKER_TIMEOUT", 1800)
CELERY_RESULT_EXTENDED = True
CELERY_RESULT_BACKEND = "django-db"
CELERY_CACHE_BACKEND = "default"
CELERY_BROKER_TRANSPORT_OPTIONS = {"global_keyprefix": _REDIS_KEY_PREFIX}
# Beat keeps its own schedule state in a local shelve file, not in the DB.
CELERY_BEAT_SCHEDULE_FILENAME = str(DATA_DIR / "celerybeat-schedule.db")


def _parse_cron(env_key: str, default: str) -> crontab | None:
    value = _env(env_key, default)
    if value == "disable":
        return None
    minute, hour, day_month, month, day_week = value.split(" ")
    return crontab(minute=minute, hour=hour, day_of_month=day_month, month_of_year=month, day_of_week=day_week)


def _parse_beat_schedule() -> dict:
    schedule = {}
    tasks = [
        ("Check all e-mail accounts", "EMAIL_TASK_CRON", "*/10 * * * *", "vault_mail.tasks.process_mail_accounts", 9 * 60),
        ("Train the classifier", "TRAIN_TASK_CRON", "5 */1 * * *", "documents.tasks.train_classifier", 59 * 60),
        ("Optimize the index", "INDEX_TASK_CRON", "0 0 * * *", "documents.tasks.index_optimize", 23 * 3600),
        ("Perform sanity check", "SANITY_TASK_CRON", "30 0 * * sun", "documents.tasks.sanity_check", 6 * 24 * 3600),
        ("Empty trash", "EMPTY_TRASH_TASK_CRON", "0 1 * * *", "documents.tasks.empty_trash", 23 * 3600),
        ("Check and run scheduled workflows", "WORKFLOW_SCHEDULED_TASK_CRON", "5 */1 * * *", "documents.tasks.check_scheduled_workflows", 59 * 60),
    ]
    for name, env_key, default, task, expires in tasks:
        cron = _parse_cron(env_key, default)
        if cron is not None:
            schedule[name] = {"task": task, "schedule": cron, "options": {"expires": expires}}
    return schedule


CELERY_BEAT_SCHEDULE = _parse_beat_schedule()

# ---------------------------------------------------------------------------
# Consumer
# ---------------------------------------------------------------------------
CONSUMER_POLLING = _get_int("CONSUMER_POLLING", 0)
CONSUMER_POLLING_DELAY = _get_int("CONSUMER_POLLING_DELAY", 5)
CONSUMER_POLLING_RETRY_COUNT = _get_int("CONSUMER_POLLING_RETRY_COUNT", 5)
CONSUMER_INOTIFY_DELAY: float = _get_float("CONSUMER_INOTIFY_DELAY", 0.5)
CONSUMER_DELETE_DUPLICATES = _get_boolean("CONSUMER_DELETE_DUPLICATES")
CONSUMER_RECURSIVE = _get_boolean("CONSUMER_RECURSIVE")
CONSUMER_SUBDIRS_AS_TAGS = _get_boolean("CONSUMER_SUBDIRS_AS_TAGS")
CONSUMER_IGNORE_PATTERNS = json.loads(
    _env("CONSUMER_IGNORE_PATTERNS", '[".DS_Store", ".DS_STORE", "._*", ".stfolder/*", "desktop.ini"]'),
)

# ---------------------------------------------------------------------------
# OCR / Office conversion
# ---------------------------------------------------------------------------
OCR_LANGUAGE = _env("OCR_LANGUAGE", "eng")
OCR_MODE = _env("OCR_MODE", "skip")
TIKA_ENABLED = _get_boolean("TIKA_ENABLED", "NO")
TIKA_ENDPOINT = _env("TIKA_ENDPOINT", "http://localhost:9998")
TIKA_GOTENBERG_ENDPOINT = _env("TIKA_GOTENBERG_ENDPOINT", "http://localhost:3000")
CONVERT_TIMEOUT = _get_int("CONVERT_TIMEOUT", 60)


# ---------------------------------------------------------------------------
# Mail: outgoing (SMTP) and incoming (IMAP accounts live in the database)
# ---------------------------------------------------------------------------
EMAIL_HOST: str = _env("EMAIL_HOST", "localhost")
EMAIL_PORT: int = _get_int("EMAIL_PORT", 25)
EMAIL_HOST_USER: str = _env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD: str = _env("EMAIL_HOST_PASSWORD", "")
DEFAULT_FROM_EMAIL: str = _env("EMAIL_FROM", EMAIL_HOST_USER)
EMAIL_USE_TLS: bool = _get_boolean("EMAIL_USE_TLS")
EMAIL_USE_SSL: bool = _get_boolean("EMAIL_USE_SSL")
EMAIL_SUBJECT_PREFIX: str = "[DocuVault] "
EMAIL_TIMEOUT = 30.0
EMAIL_ENABLED = EMAIL_HOST != "localhost" or EMAIL_HOST_USER != ""
if DEBUG:  # pragma: no cover
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = BASE_DIR / "sent_emails"

MAIL_TASK_TIMEOUT = _get_int("MAIL_TASK_TIMEOUT", 600)
EMAIL_GNUPG_HOME = _env("EMAIL_GNUPG_HOME")
EMAIL_ENABLE_GPG_DECRYPTOR = _get_boolean("ENABLE_GPG_DECRYPTOR")

# OAuth2 for Gmail / Outlook mail accounts
OAUTH_CALLBACK_BASE_URL = _env("OAUTH_CALLBACK_BASE_URL", DOCUVAULT_URL)
GMAIL_OAUTH_CLIENT_ID = _env("GMAIL_OAUTH_CLIENT_ID")
GMAIL_OAUTH_CLIENT_SECRET = _env("GMAIL_OAUTH_CLIENT_SECRET")
GMAIL_OAUTH_ENABLED = bool(OAUTH_CALLBACK_BASE_URL and GMAIL_OAUTH_CLIENT_ID and GMAIL_OAUTH_CLIENT_SECRET)
OUTLOOK_OAUTH_CLIENT_ID = _env("OUTLOOK_OAUTH_CLIENT_ID")
OUTLOOK_OAUTH_CLIENT_SECRET = _env("OUTLOOK_OAUTH_CLIENT_SECRET")
OUTLOOK_OAUTH_ENABLED = bool(OAUTH_CALLBACK_BASE_URL and OUTLOOK_OAUTH_CLIENT_ID and OUTLOOK_OAUTH_CLIENT_SECRET)

# ---------------------------------------------------------------------------
# Misc
# ---------------------------------------------------------------------------
ENABLE_FLOWER = _get_boolean("ENABLE_FLOWER")
WEBSERVER_WORKERS = _get_int("WEBSERVER_WORKERS", 1)
TIME_ZONE = _env("TIME_ZONE", "UTC")
USE_TZ = True
STATIC_URL = _env("STATIC_URL", "/static/")
CACHALOT_ENABLED = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "file_docuvault": {
            "class": "concurrent_log_handler.ConcurrentRotatingFileHandler",
            "filename": str(LOGGING_DIR / "docuvault.log"),
            "maxBytes": 1024 * 1024 * _get_int("LOGROTATE_MAX_SIZE", 1),
            "backupCount": _get_int("LOGROTATE_MAX_BACKUPS", 20),
        },
    },
    "root": {"handlers": ["console"]},
    "loggers": {
        "docuvault": {"handlers": ["file_docuvault"], "level": "DEBUG"},
        "vault_mail": {"handlers": ["file_docuvault"], "level": "DEBUG"},
    },
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.BasicAuthentication",
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_VERSIONING_CLASS": "rest_framework.versioning.AcceptHeaderVersioning",
    "DEFAULT_VERSION": "5",
    "ALLOWED_VERSIONS": ["1", "2", "3", "4", "5"],
}

_max_pages = _env("MAX_IMAGE_PIXELS")
MAX_IMAGE_PIXELS = int(_max_pages) if _max_pages else None
THUMBNAIL_FONT_NAME = _env("THUMBNAIL_FONT_NAME", "/usr/share/fonts/liberation/LiberationSerif-Regular.ttf")
