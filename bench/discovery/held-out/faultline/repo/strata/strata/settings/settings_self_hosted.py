"""Settings for the faultline self-hosted compose stack.
Selected with STRATA_SETTINGS=self_hosted (set in the x-strata-defaults anchor)."""
import os

from strata.settings import *  # noqa

env = os.environ.get

DEBUG = env("DEBUG", "0").lower() in ("1", "true")

DEFAULT_RETENTION_DAYS = int(env("STRATA_EVENT_RETENTION_DAYS", DEFAULT_RETENTION_DAYS))
VALID_RETENTION_DAYS = set(
    [int(env("STRATA_EVENT_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)), *VALID_RETENTION_DAYS]
)

# Single ClickHouse node, reached by compose service name
CLUSTERS = [
    {
        **CLUSTERS[0],
        "host": env("CLICKHOUSE_HOST", "clickhouse"),
        "port": int(env("CLICKHOUSE_PORT", 9000)),
        "http_port": int(env("CLICKHOUSE_HTTP_PORT", 8123)),
        "storage_sets": {
            "events",
            "events_ro",
            "outcomes",
            "querylog",
            "migrations",
            "transactions",
        },
    }
]

REDIS_HOST = env("REDIS_HOST", "redis")
REDIS_DB = int(env("REDIS_DB", 1))

BROKER_CONFIG = {
    "bootstrap.servers": env("DEFAULT_BROKERS", "kafka:9092"),
    "queued.max.messages.kbytes": 10000,
}

# self-hosted uses the logical names as physical topic names except the
# commit log, which is shared with tremor's post-process-forwarder
KAFKA_TOPIC_MAP = {
    "commit-log": "strata-commit-log",
}

ENFORCE_RETENTION = True
