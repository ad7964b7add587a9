"""The processing store holds raw event payloads between ingest, symbolication
and save_event. It lives in the redis 'default' cluster (TREMOR_CACHE)."""
from __future__ import annotations

from typing import Any

from tremor.utils import json
from tremor.utils.redis import redis_client_for

DEFAULT_TIMEOUT = 60 * 60


class EventProcessingStore:
    def __init__(self, cluster: str = "default", prefix: str = "e:") -> None:
        self.cluster = cluster
        self.prefix = prefix

    @property
    def client(self):
        return redis_client_for(self.cluster)

    def key_for(self, project_id: int, event_id: str) -> str:
        return f"{self.prefix}{event_id}:{project_id}"

    def store(self, event: dict[str, Any], unprocessed: bool = False) -> str:
        key = self.key_for(event["project"], event["event_id"])
        if unprocessed:
            key += ":u"
        self.client.setex(key, DEFAULT_TIMEOUT, json.dumps(event))
        return key

    def get(self, key: str) -> dict[str, Any] | None:
        raw = self.client.get(key)
        return json.loads(raw) if raw else None

    def delete_by_key(self, key: str) -> None:
        self.client.delete(key, key + ":u")


event_processing_store = EventProcessingStore()
