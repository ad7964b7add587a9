"""Applies group merge/delete replacements from ``event-replacements`` to
ClickHouse, and records per-project exclusion state in redis so queries can
use FINAL / exclude groups until the replacement is visible."""
from __future__ import annotations

import logging
import time
from typing import Any

import simplejson as json

from strata.clickhouse import TABLES, get_pool
from strata.environment import settings
from strata.kafka_config import Topic, build_kafka_consumer, get_physical_topic
from strata.redis import RedisClientKey, get_redis_client

logger = logging.getLogger("strata.replacer")


def _project_needs_final_key(project_id: int) -> str:
    return f"project_needs_final:{project_id}"


def _excluded_groups_key(project_id: int) -> str:
    return f"project_exclude_groups:{project_id}"


class ReplacerWorker:
    def __init__(self, storage: str) -> None:
        self.storage = storage
        self.table = TABLES[storage]
        self.redis = get_redis_client(RedisClientKey.REPLACEMENTS_STORE)

    def process(self, message: list) -> None:
        version, kind, payload = message
        project_id = int(payload["project_id"])
        now = time.time()
        if kind == "start_delete_groups" or kind == "end_delete_groups":
            group_ids = payload["group_ids"]
            self._exclude(project_id, group_ids, now)
            if kind == "end_delete_groups":
                self._insert_tombstones(project_id, group_ids)
        elif kind in ("start_merge", "end_merge"):
            previous = payload["previous_group_ids"]
            self._exclude(project_id, previous, now)
            if kind == "end_merge":
                self._rewrite_group(project_id, previous, payload["new_group_id"])
        else:
            self.redis.setex(_project_needs_final_key(project_id), settings.REPLACER_KEY_TTL, now)

    def _exclude(self, project_id: int, group_ids: list[int], now: float) -> None:
        key = _excluded_groups_key(project_id)
        p = self.redis.pipeline()
        p.zadd(key, {str(g): now for g in group_ids})
        p.expire(key, settings.REPLACER_KEY_TTL)
        p.execute()

    def _insert_tombstones(self, project_id: int, group_ids: list[int]) -> None:
        ids = ", ".join(str(int(g)) for g in group_ids)
        get_pool(self.storage).execute(
            f"INSERT INTO {self.table} SELECT * REPLACE (1 AS deleted) FROM {self.table} FINAL "
            f"WHERE project_id = {project_id} AND group_id IN ({ids})"
        )

    def _rewrite_group(self, project_id: int, previous: list[int], new_group_id: int) -> None:
        ids = ", ".join(str(int(g)) for g in previous)
        get_pool(self.storage).execute(
            f"INSERT INTO {self.table} SELECT * REPLACE ({int(new_group_id)} AS group_id) FROM {self.table} FINAL "
            f"WHERE project_id = {project_id} AND group_id IN ({ids})"
        )


def run_replacer(storage: str, group_id: str, auto_offset_reset: str, strict_offset_reset: bool) -> None:
    worker = ReplacerWorker(storage)
    consumer = build_kafka_consumer(Topic.EVENT_REPLACEMENTS, group_id, auto_offset_reset, strict_offset_reset)
    consumer.subscribe([get_physical_topic(Topic.EVENT_REPLACEMENTS)])
    while True:
        msg = consumer.poll(1.0)
        if msg is None or msg.error():
            continue
        worker.process(json.loads(msg.value()))
        consumer.commit(message=msg)
