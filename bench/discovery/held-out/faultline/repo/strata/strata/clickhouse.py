"""ClickHouse connection pool, resolved per storage set from settings.CLUSTERS."""
from __future__ import annotations

import logging
import queue
import threading
from typing import Any, Sequence

from clickhouse_driver import Client

from strata.environment import settings

logger = logging.getLogger("strata.clickhouse")

STORAGE_SETS = {
    "errors": "events",
    "errors_ro": "events_ro",
    "outcomes_raw": "outcomes",
    "outcomes_hourly": "outcomes",
    "querylog": "querylog",
    "migrations": "migrations",
}

TABLES = {
    "errors": "errors_local",
    "outcomes_raw": "outcomes_raw_local",
}


class ClickhousePool:
    def __init__(self, host: str, port: int, user: str, password: str, database: str,
                 max_pool_size: int = settings.CLICKHOUSE_MAX_POOL_SIZE, client_settings: dict | None = None) -> None:
        self.host, self.port, self.user, self.password, self.database = host, port, user, password, database
        self.client_settings = client_settings or {}
        self.pool: queue.LifoQueue[Client | None] = queue.LifoQueue(max_pool_size)
        for _ in range(max_pool_size):
            self.pool.put(None)
        self._lock = threading.Lock()

    def _create_conn(self) -> Client:
        return Client(
            host=self.host, port=self.port, user=self.user, password=self.password,
            database=self.database, connect_timeout=1, send_receive_timeout=300,
            settings=self.client_settings,
        )

    def execute(self, query: str, params: Any = None, with_column_types: bool = False) -> Any:
        conn = self.pool.get(block=True)
        try:
            if conn is None:
                conn = self._create_conn()
            return conn.execute(query, params, with_column_types=with_column_types)
        finally:
            self.pool.put(conn, block=False)

    def insert(self, table: str, rows: Sequence[dict]) -> None:
        if not rows:
            return
        cols = sorted(rows[0])
        self.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES", [[r.get(c) for c in cols] for r in rows])


_pools: dict[str, ClickhousePool] = {}


def get_cluster_config(storage_set: str) -> dict[str, Any]:
    for cluster in settings.CLUSTERS:
        if storage_set in cluster["storage_sets"]:
            return dict(cluster)
    raise KeyError(f"no ClickHouse cluster serves storage set {storage_set!r}")


def get_pool(storage: str) -> ClickhousePool:
    storage_set = STORAGE_SETS[storage]
    if storage_set not in _pools:
        cfg = get_cluster_config(storage_set)
        _pools[storage_set] = ClickhousePool(cfg["host"], cfg["port"], cfg["user"], cfg["password"], cfg["database"])
    return _pools[storage_set]
