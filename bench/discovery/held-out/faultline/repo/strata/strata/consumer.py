"""Batching Kafka -> ClickHouse writer used by ``strata consumer --storage X``."""
from __future__ import annotations

import logging
import time
from typing import Any, Callable, Optional

import simplejson as json

from strata.clickhouse import TABLES, get_pool
from strata.kafka_config import Topic, build_kafka_consumer, build_kafka_producer, get_physical_topic

logger = logging.getLogger("strata.consumer")


def process_errors_message(value: list) -> tuple[str, Any] | None:
    """Returns ("insert", row) or ("replace", payload) for an eventstream message."""
    version, kind, *rest = value
    if kind == "insert":
        event = rest[0]
        data = event.get("data", {})
        return "insert", {
            "project_id": event["project_id"],
            "event_id": event["event_id"].replace("-", ""),
            "group_id": event.get("group_id") or 0,
            "primary_hash": event.get("primary_hash") or "",
            "timestamp": data.get("timestamp") or event.get("datetime"),
            "platform": data.get("platform") or "",
            "message": (data.get("message") or "")[:1024],
            "retention_days": data.get("retention_days", 90),
        }
    if kind in ("start_delete_groups", "start_merge", "end_merge", "end_delete_groups", "start_unmerge"):
        return "replace", [version, kind, rest[0]]
    return None


def process_outcomes_message(value: dict) -> tuple[str, Any] | None:
    return "insert", {
        "org_id": value.get("org_id") or 0,
        "project_id": value["project_id"],
        "key_id": value.get("key_id"),
        "timestamp": value["timestamp"],
        "outcome": value["outcome"],
        "reason": value.get("reason"),
        "event_id": value.get("event_id"),
        "category": value.get("category", 1),
        "quantity": value.get("quantity", 1),
    }


STORAGES: dict[str, dict[str, Any]] = {
    "errors": {
        "topic": Topic.EVENTS,
        "processor": process_errors_message,
        "replacement_topic": Topic.EVENT_REPLACEMENTS,
        "commit_log_topic": Topic.COMMIT_LOG,
    },
    "outcomes_raw": {
        "topic": Topic.OUTCOMES,
        "processor": process_outcomes_message,
        "replacement_topic": None,
        "commit_log_topic": None,
    },
}


class BatchWriter:
    def __init__(self, storage: str, group_id: str, auto_offset_reset: str, strict_offset_reset: bool,
                 max_batch_size: int, max_batch_time_ms: int) -> None:
        spec = STORAGES[storage]
        self.storage = storage
        self.group_id = group_id
        self.table = TABLES[storage]
        self.processor: Callable[[Any], Optional[tuple[str, Any]]] = spec["processor"]
        self.topic = get_physical_topic(spec["topic"])
        self.consumer = build_kafka_consumer(spec["topic"], group_id, auto_offset_reset, strict_offset_reset)
        # Replacements and commit-log records are produced back to Kafka
        self.replacement_topic = spec["replacement_topic"]
        self.commit_log_topic = spec["commit_log_topic"]
        self.producer = (
            build_kafka_producer(spec["topic"]) if (self.replacement_topic or self.commit_log_topic) else None
        )
        self.max_batch_size = max_batch_size
        self.max_batch_time = max_batch_time_ms / 1000.0
        self._shutdown = False

    def signal_shutdown(self, *args: Any) -> None:
        self._shutdown = True

    def _flush(self, rows: list[dict], replacements: list[tuple[bytes, list]], last_offsets: dict[int, int]) -> None:
        get_pool(self.storage).insert(self.table, rows)
        if self.producer and self.replacement_topic:
            for key, payload in replacements:
                self.producer.produce(get_physical_topic(self.replacement_topic), key=key, value=json.dumps(payload))
        self.consumer.commit(asynchronous=False)
        if self.producer and self.commit_log_topic:
            for partition, offset in last_offsets.items():
                self.producer.produce(
                    get_physical_topic(self.commit_log_topic),
                    key=f"{self.group_id}:{partition}".encode(),
                    value=str(offset + 1).encode(),
                )
        if self.producer:
            self.producer.flush(5)

    def run(self) -> None:
        self.consumer.subscribe([self.topic])
        rows: list[dict] = []
        replacements: list[tuple[bytes, list]] = []
        offsets: dict[int, int] = {}
        deadline = time.monotonic() + self.max_batch_time
        while not self._shutdown:
            msg = self.consumer.poll(0.1)
            if msg is not None and not msg.error():
                result = self.processor(json.loads(msg.value()))
                if result is not None:
                    action, payload = result
                    if action == "insert":
                        rows.append(payload)
                    else:
                        replacements.append((msg.key() or b"", payload))
                offsets[msg.partition()] = msg.offset()
                self.consumer.store_offsets(message=msg)
            if len(rows) >= self.max_batch_size or (time.monotonic() >= deadline and offsets):
                self._flush(rows, replacements, offsets)
                rows, replacements, offsets = [], [], {}
                deadline = time.monotonic() + self.max_batch_time
        self.consumer.close()
