"""
These settings act as the default (base) settings for the tremor-provided
web-server. ``tremor.conf.py`` in TREMOR_CONF star-imports this module and
then overrides values; ``config.yml`` is layered on top by
``tremor.runner.initializer`` into TREMOR_OPTIONS.
"""
from __future__ import annotations

import os
import socket
import sys
from typing import Any, Mapping

from tremor.utils.types import type_from_value


def gettext_noop(s: str) -> str:
    return s


ENVIRONMENT = os.environ.get("TREMOR_ENVIRONMENT", "production")

IS_DEV = ENVIRONMENT == "development"

NO_SPOTLIGHT = os.environ.get("NO_SPOTLIGHT", False)

_env_cache: dict[str, object] = {}


def env(key: str, default: str | int | float | bool = "", type=None) -> Any:
    """
    Extract an environment variable for use in configuration

    :param key: The environment variable to be extracted.
    :param default: The value to be returned if `key` is not found.
    :param type: The type of the returned object (defaults to the type of `default`).
       Type parsers must come from tremor.utils.types and not python stdlib.
    :return: The environment variable if it exists, else `default`.
    """

    # First check an internal cache, so we can `pop` multiple times
    # without actually losing the value.
    try:
        rv = _env_cache[key]
    except KeyError:
        if "_TREMOR_ENV_POP" in os.environ:
            # This is a cheap hack to avoid leaking secrets into child processes.
            rv = os.environ.pop(key, default)
        else:
            rv = os.environ.get(key, default)
        _env_cache[key] = rv

    if type is None:
        type = type_from_value(default)

    return type(rv)


ENVIRONMENT_CONFIG_FILES = ("tremor.conf.py", "config.yml")
PROJECT_ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), os.pardir))
CONF_DIR = os.path.abspath(os.path.dirname(__file__))

DEBUG = IS_DEV
ADMINS = ()
INTERNAL_IPS: tuple[str, ...] = ()
INTERNAL_SYSTEM_IPS: tuple[str, ...] = ()

MANAGERS = ADMINS

APPEND_SLASH = True

NODE_MODULES_ROOT = os.path.join(PROJECT_ROOT, os.pardir, os.pardir, "node_modules")

# Only used in dev; self-hosted tremor.conf.py replaces this.
DATABASES = {
    "default": {
        "ENGINE": "tremor.db.postgres",
        "NAME": "tremor",
        "USER": "postgres",
        "PASSWORD": "",
        "HOST": "127.0.0.1",
        "PORT": "",
        "AUTOCOMMIT": True,
        "ATOMIC_REQUESTS": False,
    }
}

TREMOR_USE_BIG_INTS = False

CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
TREMOR_CACHE: str | None = None
TREMOR_CACHE_OPTIONS: dict[str, Any] = {}

TIME_ZONE = "UTC"
LANGUAGE_CODE = "en-us"
USE_TZ = True
SITE_ID = 1

ROOT_URLCONF = "tremor.web.urls"
WSGI_APPLICATION = "tremor.web.wsgi.application"

INSTALLED_APPS = (
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "tremor",
)

SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
SESSION_COOKIE_NAME = "tremorsid"

# Queue configuration
from kombu import Exchange, Queue  # noqa: E402

BROKER_URL = "redis://127.0.0.1:6379"
BROKER_TRANSPORT_OPTIONS: dict[str, int] = {}

CELERY_ALWAYS_EAGER = False
CELERY_RESULT_BACKEND = None
CELERY_TASK_RESULT_EXPIRES = 1
CELERY_DISABLE_RATE_LIMITS = True
CELERY_DEFAULT_QUEUE = "default"
CELERY_DEFAULT_EXCHANGE = "default"
CELERY_DEFAULT_EXCHANGE_TYPE = "direct"
CELERY_DEFAULT_ROUTING_KEY = "default"
CELERY_CREATE_MISSING_QUEUES = True
CELERY_IMPORTS = (
    "tremor.tasks.beacon",
    "tremor.tasks.email",
    "tremor.tasks.post_process",
    "tremor.tasks.store",
    "tremor.tasks.symbolication",
    "tremor.incidents.tasks",
)
CELERY_QUEUES = [
    Queue("default", routing_key="default"),
    Queue("email", routing_key="email"),
    Queue("events.preprocess_event", routing_key="events.preprocess_event"),
    Queue("events.symbolicate_event", routing_key="events.symbolicate_event"),
    Queue("events.save_event", routing_key="events.save_event"),
    Queue("post_process_errors", routing_key="post_process_errors"),
    Queue("incidents", routing_key="incidents"),
    Queue("integrations", routing_key="integrations"),
    Queue("options", routing_key="options"),
]

from datetime import timedelta  # noqa: E402

CELERYBEAT_SCHEDULE_FILENAME = os.path.join(os.environ.get("TMPDIR", "/tmp"), "tremor-celerybeat")
CELERYBEAT_SCHEDULE = {
    "check-auth": {
        "task": "tremor.tasks.check_auth",
        "schedule": timedelta(minutes=1),
        "options": {"expires": 60, "queue": "auth"},
    },
    "send-beacon": {
        "task": "tremor.tasks.send_beacon",
        "schedule": timedelta(hours=1),
        "options": {"expires": 3600},
    },
    "schedule-digests": {
        "task": "tremor.tasks.digests.schedule_digests",
        "schedule": timedelta(seconds=30),
        "options": {"expires": 30},
    },
    "flush-buffers": {
        "task": "tremor.tasks.process_buffer.process_pending",
        "schedule": timedelta(seconds=10),
        "options": {"expires": 10, "queue": "buffers.process_pending"},
    },
}

# Default options; overridden by tremor.conf.py and config.yml.
TREMOR_OPTIONS: dict[str, Any] = {}
TREMOR_DEFAULT_OPTIONS: dict[str, Any] = {}

TREMOR_FEATURES: dict[str, bool | None] = {
    "organizations:discover": False,
    "organizations:events": False,
    "organizations:incidents": False,
    "projects:sample-events": True,
}

TREMOR_SINGLE_ORGANIZATION = False

# Beacon ("phone home"): anonymous install stats
TREMOR_BEACON = True
TREMOR_BEACON_URL = "https://beacon.faultline.example/remote/beacon/"

# Backends
TREMOR_BUFFER = "tremor.buffer.Buffer"
TREMOR_RATELIMITER = "tremor.ratelimits.base.RateLimiter"
TREMOR_QUOTAS = "tremor.quota.base.Quota"
TREMOR_TSDB = "tremor.tsdb.dummy.DummyTSDB"
TREMOR_SEARCH = "tremor.search.strata.EventsDatasetStrataSearchBackend"
TREMOR_SEARCH_OPTIONS: dict[str, Any] = {}
TREMOR_DIGESTS = "tremor.digests.backends.dummy.DummyBackend"
TREMOR_EVENTSTREAM = "tremor.eventstream.base.EventStream"
TREMOR_EVENTSTREAM_OPTIONS: dict[str, Any] = {}

TREMOR_METRICS_BACKEND = "tremor.metrics.dummy.DummyMetricsBackend"
TREMOR_METRICS_OPTIONS: dict[str, Any] = {}
TREMOR_METRICS_PREFIX = "tremor."

# Strata (query service) location. Compose sets STRATA=http://strata-api:1218
STRATA = os.environ.get("STRATA", "http://127.0.0.1:1218")
STRATA_SEARCH_MAX_PRE_STRATA_CANDIDATES = 500

# glyphd (native symbolication)
TREMOR_GLYPHD_URL = os.environ.get("TREMOR_GLYPHD_URL", "http://127.0.0.1:3021")

# The internal DSN tremor uses to report its own errors (telemetry).
TREMOR_SELF_DSN = ""

GEOIP_PATH_MMDB: str | None = None

# Kafka
KAFKA_CLUSTERS: dict[str, dict[str, Any]] = {
    "default": {
        "common": {"bootstrap.servers": "127.0.0.1:9092"},
        "producers": {"compression.type": "lz4", "message.max.bytes": 50000000},
        "consumers": {},
    }
}

KAFKA_INGEST_EVENTS = "ingest-events"
KAFKA_INGEST_ATTACHMENTS = "ingest-attachments"
KAFKA_INGEST_TRANSACTIONS = "ingest-transactions"
KAFKA_OUTCOMES = "outcomes"
KAFKA_EVENTS = "events"
KAFKA_STRATA_COMMIT_LOG = "strata-commit-log"
KAFKA_EVENTS_SUBSCRIPTIONS_RESULTS = "events-subscription-results"

# topic -> cluster name in KAFKA_CLUSTERS
KAFKA_TOPICS: Mapping[str, dict[str, Any] | None] = {
    KAFKA_INGEST_EVENTS: {"cluster": "default"},
    KAFKA_INGEST_ATTACHMENTS: {"cluster": "default"},
    KAFKA_INGEST_TRANSACTIONS: {"cluster": "default"},
    KAFKA_OUTCOMES: {"cluster": "default"},
    KAFKA_EVENTS: {"cluster": "default"},
    KAFKA_STRATA_COMMIT_LOG: {"cluster": "default"},
    KAFKA_EVENTS_SUBSCRIPTIONS_RESULTS: {"cluster": "default"},
}

TREMOR_WEB_HOST = "127.0.0.1"
TREMOR_WEB_PORT = 9000
TREMOR_WEB_OPTIONS: dict[str, Any] = {}

# Conduit
TREMOR_CONDUIT_WHITELIST_PK: list[str] = []
TREMOR_CONDUIT_OPEN_REGISTRATION = True

SERVER_EMAIL = "root@localhost"
EMAIL_SUBJECT_PREFIX = "[Faultline] "
DEFAULT_FROM_EMAIL = "root@" + socket.gethostname()

if "pytest" in sys.modules:
    TREMOR_BEACON = False
