"""Subscriptions: stored in redis by the API, scheduled off the commit log
and executed against ClickHouse by ``strata subscriptions-scheduler-executor``.
Results are produced to ``events-subscription-results`` for tremor's
subscription-consumer-events."""
from __future__ import annotations

import logging
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from typing import Any, Iterator

import simplejson as json

from strata.clickhouse import get_pool
from strata.environment import settings
from strata.kafka_config import Topic, build_kafka_consumer, build_kafka_producer, get_physical_topic
from strata.redis import RedisClientKey, get_redis_client

logger = logging.getLogger("strata.subscriptions")

PARTITIONS = 1


class RedisSubscriptionDataStore:
    def __init__(self, entity: str, partition_id: int = 0) -> None:
        self.client = get_redis_client(RedisClientKey.SUBSCRIPTION_STORE)
        self.key = f"subscriptions:{entity}:{partition_id}"

    def create(self, data: dict[str, Any]) -> str:
        sub_id = uuid.uuid4().hex
        self.client.hset(self.key, sub_id, json.dumps(data))
        return f"0/{sub_id}"

    def delete(self, subscription_id: str) -> None:
        self.client.hdel(self.key, subscription_id.split("/", 1)[-1])

    def all(self) -> Iterator[tuple[str, dict[str, Any]]]:
        for sub_id, raw in self.client.hgetall(self.key).items():
            yield f"0/{sub_id.decode()}", json.loads(raw)


def _to_sql(data: dict[str, Any], start: float, end: float) -> str:
    # Only count()-style alert queries are supported by self-hosted.
    where = data.get("query", "").split("WHERE", 1)[-1] or "1=1"
    return (
        "SELECT count() AS count FROM errors_local "
        f"WHERE project_id = {int(data['project_id'])} AND deleted = 0 "
        f"AND timestamp >= toDateTime({int(start)}) AND timestamp < toDateTime({int(end)}) AND ({where})"
    )


class SchedulerExecutor:
    def __init__(self, entity: str, group_id: str, followed_group: str, auto_offset_reset: str,
                 schedule_ttl: int, stale_threshold_seconds: int) -> None:
        self.entity = entity
        self.store = RedisSubscriptionDataStore(entity)
        self.followed_group = followed_group
        self.schedule_ttl = schedule_ttl
        self.stale_threshold = stale_threshold_seconds
        # Tick source: strata's own commit log
        self.consumer = build_kafka_consumer(Topic.COMMIT_LOG, group_id, auto_offset_reset, False)
        self.producer = build_kafka_producer(Topic.SUBSCRIPTION_RESULTS_EVENTS)
        self.results_topic = get_physical_topic(Topic.SUBSCRIPTION_RESULTS_EVENTS)
        self.pool = ThreadPoolExecutor(settings.SUBSCRIPTIONS_EXECUTOR_THREADS)
        self._last_tick: float | None = None

    def _execute(self, sub_id: str, data: dict[str, Any], tick: float) -> None:
        start = tick - data.get("time_window", 60)
        rows = get_pool("errors_ro").execute(_to_sql(data, start, tick))
        count = rows[0][0] if rows else 0
        payload = {
            "version": 3,
            "payload": {
                "subscription_id": sub_id,
                "request": {"query": data.get("query")},
                "result": {"data": [{"count": count}]},
                "timestamp": datetime.fromtimestamp(tick, tz=timezone.utc).replace(tzinfo=None).isoformat(),
                "entity": self.entity,
            },
        }
        self.producer.produce(self.results_topic, key=sub_id.encode(), value=json.dumps(payload))

    def run(self) -> None:
        self.consumer.subscribe([get_physical_topic(Topic.COMMIT_LOG)])
        while True:
            msg = self.consumer.poll(1.0)
            if msg is None or msg.error():
                continue
            group, _, _partition = (msg.key() or b"").decode().partition(":")
            if group != self.followed_group:
                continue
            tick = (msg.timestamp()[1] or time.time() * 1000) / 1000.0
            if time.time() - tick > self.stale_threshold:
                continue
            if self._last_tick is not None and int(tick) // 60 == int(self._last_tick) // 60:
                continue
            self._last_tick = tick
            for sub_id, data in self.store.all():
                self.pool.submit(self._execute, sub_id, data, tick)
            self.producer.poll(0)
            self.consumer.commit(message=msg)
