import os
from urllib.parse import urlparse

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from posthog.settings.base_variables import DEBUG, IS_COLLECT_STATIC, TEST
from posthog.settings.utils import get_from_env, get_list, str_to_bool

# ---------------------------------------------------------------------------
# Postgres
# ---------------------------------------------------------------------------
JOB_QUEUE_GRAPHILE_URL = os.getenv("JOB_QUEUE_GRAPHILE_URL")  # plugin-server only, kept for parity

DISABLE_SERVER_SIDE_CURSORS = get_from_env("USING_PGBOUNCER", False, type_cast=str_to_bool)


def postgres_config(host: str) -> dict:
    return {
        "ENGINE": "django.db.backends.postgresql_psycopg2",
        "NAME": get_from_env("POSTHOG_DB_NAME"),
        "USER": os.getenv("POSTHOG_DB_USER", "postgres"),
        "PASSWORD": os.getenv("POSTHOG_DB_PASSWORD", ""),
        "HOST": host,
        "PORT": os.getenv("POSTHOG_POSTGRES_PORT", "5432"),
        "CONN_MAX_AGE": 0,
        "DISABLE_SERVER_SIDE_CURSORS": DISABLE_SERVER_SIDE_CURSORS,
    }


if TEST or DEBUG:
    PG_HOST = os.getenv("PGHOST", "localhost")
    PG_USER = os.getenv("PGUSER", "hoglytics")
    PG_PASSWORD = os.getenv("PGPASSWORD", "hoglytics")
    PG_PORT = os.getenv("PGPORT", "5432")
    PG_DATABASE = os.getenv("PGDATABASE", "hoglytics")
    DATABASE_URL = os.getenv(
        "DATABASE_URL", f"postgres://{PG_USER}:{PG_PASSWORD}@{PG_HOST}:{PG_PORT}/{PG_DATABASE}"
    )
else:
    DATABASE_URL = os.getenv("DATABASE_URL", "")

if DATABASE_URL:
    DATABASES = {"default": dj_database_url.config(default=DATABASE_URL, conn_max_age=0)}
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = DISABLE_SERVER_SIDE_CURSORS
elif os.getenv("POSTHOG_DB_NAME"):
    DATABASES = {"default": postgres_config(os.getenv("POSTHOG_POSTGRES_HOST", "localhost"))}
elif IS_COLLECT_STATIC:
    DATABASES = {}
else:
    raise ImproperlyConfigured(
        'The environment vars "DATABASE_URL" or "POSTHOG_DB_NAME" are absolutely required to run this software'
    )

# Optional read replica, used for heavy persons/cohort reads.
if os.getenv("POSTHOG_POSTGRES_READ_HOST"):
    DATABASES["replica"] = postgres_config(os.environ["POSTHOG_POSTGRES_READ_HOST"])
    DATABASE_ROUTERS = ["posthog.dbrouter.ReplicaRouter"]

# ---------------------------------------------------------------------------
# ClickHouse
# ---------------------------------------------------------------------------
CLICKHOUSE_TEST_DB: str = "hoglytics" + os.getenv("TEST_SUFFIX", "_test")

CLICKHOUSE_HOST: str = os.getenv("CLICKHOUSE_HOST", "localhost")
CLICKHOUSE_USER: str = os.getenv("CLICKHOUSE_USER", "default")
CLICKHOUSE_PASSWORD: str = os.getenv("CLICKHOUSE_PASSWORD", "")
CLICKHOUSE_DATABASE: str = CLICKHOUSE_TEST_DB if TEST else get_from_env("CLICKHOUSE_DATABASE", "hoglytics")
CLICKHOUSE_CLUSTER: str = os.getenv("CLICKHOUSE_CLUSTER", "hoglytics")
CLICKHOUSE_CA: str | None = os.getenv("CLICKHOUSE_CA", None)
CLICKHOUSE_SECURE: bool = get_from_env("CLICKHOUSE_SECURE", not TEST and not DEBUG, type_cast=str_to_bool)
CLICKHOUSE_VERIFY: bool = get_from_env("CLICKHOUSE_VERIFY", True, type_cast=str_to_bool)
CLICKHOUSE_ENABLE_STORAGE_POLICY: bool = get_from_env("CLICKHOUSE_ENABLE_STORAGE_POLICY", False, type_cast=str_to_bool)
CLICKHOUSE_REPLICATION: bool = get_from_env("CLICKHOUSE_REPLICATION", True, type_cast=str_to_bool)
CLICKHOUSE_CONN_POOL_MIN: int = get_from_env("CLICKHOUSE_CONN_POOL_MIN", 20, type_cast=int)
CLICKHOUSE_CONN_POOL_MAX: int = get_from_env("CLICKHOUSE_CONN_POOL_MAX", 1000, type_cast=int)
CLICKHOUSE_OFFLINE_CLUSTER_HOST: str | None = os.getenv("CLICKHOUSE_OFFLINE_CLUSTER_HOST", None)

# ---------------------------------------------------------------------------
# Kafka
# ---------------------------------------------------------------------------
KAFKA_URL = os.getenv("KAFKA_URL", "kafka://kafka:9092")
KAFKA_HOSTS = get_list(os.getenv("KAFKA_HOSTS", "")) or [
    f"{u.hostname}:{u.port}" for u in (urlparse(x) for x in get_list(KAFKA_URL))
]
# ClickHouse may resolve Kafka under a different name than the app containers (e.g. inside k8s)
KAFKA_HOSTS_FOR_CLICKHOUSE = get_list(os.getenv("KAFKA_URL_FOR_CLICKHOUSE", "")) or KAFKA_HOSTS
KAFKA_SECURITY_PROTOCOL = os.getenv("KAFKA_SECURITY_PROTOCOL", None)
KAFKA_PREFIX = os.getenv("KAFKA_PREFIX", "")
KAFKA_BASE64_KEYS = get_from_env("KAFKA_BASE64_KEYS", False, type_cast=str_to_bool)

# ---------------------------------------------------------------------------
# Redis
# ---------------------------------------------------------------------------
REDIS_URL = os.getenv("REDIS_URL", None)

if not REDIS_URL and os.getenv("POSTHOG_REDIS_HOST", ""):
    REDIS_URL = "redis://:{}@{}:{}/".format(
        os.getenv("POSTHOG_REDIS_PASSWORD", ""),
        os.getenv("POSTHOG_REDIS_HOST", ""),
        os.getenv("POSTHOG_REDIS_PORT", "6379"),
    )

if not REDIS_URL:
    raise ImproperlyConfigured(
        "Env var REDIS_URL or POSTHOG_REDIS_HOST is absolutely required to run this software."
    )

# Ingestion may use its own Redis; falls back to the main one.
INGESTION_REDIS_URL = os.getenv("INGESTION_REDIS_URL", None) or REDIS_URL

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        "KEY_PREFIX": "hoglytics",
    }
}

if TEST:
    CACHES["default"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
