"""Base strata settings. Everything can be overridden by env vars, and then
by the module named in STRATA_SETTINGS (see strata.environment)."""
from __future__ import annotations

import os
from typing import Any, Mapping, MutableMapping, Sequence, Set

LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")

TESTING = False
DEBUG = True

HOST = "0.0.0.0"
PORT = 1218

ADMIN_HOST = os.environ.get("ADMIN_HOST", "0.0.0.0")
ADMIN_PORT = int(os.environ.get("ADMIN_PORT", 1219))

ENVIRONMENT = os.environ.get("STRATA_ENVIRONMENT", "development")

# Error reporting for strata itself. Telemetry only.
STRATA_ERROR_DSN = os.environ.get("STRATA_ERROR_DSN")
STRATA_TRACE_SAMPLE_RATE = float(os.environ.get("STRATA_TRACE_SAMPLE_RATE", 0))

DOGSTATSD_HOST = os.environ.get("DOGSTATSD_HOST")
DOGSTATSD_PORT = os.environ.get("DOGSTATSD_PORT")

CLICKHOUSE_DATABASE = os.environ.get("CLICKHOUSE_DATABASE", "default")
CLICKHOUSE_HOST = os.environ.get("CLICKHOUSE_HOST", "127.0.0.1")
CLICKHOUSE_PORT = int(os.environ.get("CLICKHOUSE_PORT", 9000))
CLICKHOUSE_HTTP_PORT = int(os.environ.get("CLICKHOUSE_HTTP_PORT", 8123))
CLICKHOUSE_USER = os.environ.get("CLICKHOUSE_USER", "default")
CLICKHOUSE_PASSWORD = os.environ.get("CLICKHOUSE_PASSWORD", "")
CLICKHOUSE_MAX_POOL_SIZE = 25

CLUSTERS: Sequence[Mapping[str, Any]] = [
    {
        "host": CLICKHOUSE_HOST,
        "port": CLICKHOUSE_PORT,
        "user": CLICKHOUSE_USER,
        "password": CLICKHOUSE_PASSWORD,
        "max_connections": 1,
        "database": CLICKHOUSE_DATABASE,
        "http_port": CLICKHOUSE_HTTP_PORT,
        "storage_sets": {
            "events",
            "outcomes",
            "querylog",
            "migrations",
        },
        "single_node": True,
    },
]

# Dogstatsd Options
REDIS_HOST = os.environ.get("REDIS_HOST", "127.0.0.1")
REDIS_PORT = int(os.environ.get("REDIS_PORT", 6379))
REDIS_PASSWORD = os.environ.get("REDIS_PASSWORD")
REDIS_DB = int(os.environ.get("REDIS_DB", 1))
USE_REDIS_CLUSTER = os.environ.get("USE_REDIS_CLUSTER", "0") != "0"

# Per-purpose redis overrides; None -> fall back to the REDIS_* defaults above
REDIS_CLUSTERS: Mapping[str, Mapping[str, Any] | None] = {
    "cache": None,
    "rate_limiter": None,
    "subscription_store": None,
    "replacements_store": None,
    "config": None,
}

# Query Recording Options
RECORD_QUERIES = False

# Runtime Config Options
CONFIG_MEMOIZE_TIMEOUT = 10

# Kafka
BROKER_CONFIG: Mapping[str, Any] = {
    # See https://github.com/edenhill/librdkafka/blob/master/CONFIGURATION.md
    "bootstrap.servers": os.environ.get("DEFAULT_BROKERS", "127.0.0.1:9092"),
}

# Logical topic name -> physical topic name overrides
KAFKA_TOPIC_MAP: Mapping[str, str] = {}
# Logical topic name -> broker config overrides (e.g. a second cluster)
KAFKA_BROKER_CONFIG: Mapping[str, Mapping[str, Any]] = {}

DEFAULT_MAX_BATCH_SIZE = 50000
DEFAULT_MAX_BATCH_TIME_MS = 2 * 1000
DEFAULT_QUEUED_MAX_MESSAGE_KBYTES = 10000

ENFORCE_RETENTION = False
DEFAULT_RETENTION_DAYS = 90
VALID_RETENTION_DAYS = {30, 60, 90}

# Replacer
REPLACER_MAX_BLOCK_SIZE = 512
REPLACER_KEY_TTL = 12 * 60 * 60
PROJECT_STACKTRACE_BLACKLIST: Set[int] = set()

# Subscriptions
SUBSCRIPTIONS_SCHEDULER_BUFFER_SIZE = 10000
SUBSCRIPTIONS_EXECUTOR_THREADS = 4

RATE_LIMIT_PER_SECOND: MutableMapping[str, int] = {"global": 1000, "project": 100}
