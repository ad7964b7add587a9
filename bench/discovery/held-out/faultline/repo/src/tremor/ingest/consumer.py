"""Consumer for the ``ingest-events`` topic that conduit produces to.

Run as ``tremor run consumer ingest-events --consumer-group ingest-consumer``.
"""
from __future__ import annotations

import logging
from typing import Any, Mapping

import msgpack

from tremor.eventstore.processing import event_processing_store
from tremor.models import Project
from tremor.utils import json, metrics
from tremor.utils.outcomes import Outcome, track_outcome

logger = logging.getLogger(__name__)


def get_project(project_id: int) -> Project:
    # memcached first, then Postgres
    return Project.objects.get_from_cache(id=project_id)


def process_event(message: Mapping[str, Any]) -> None:
    """
    Perform some initial filtering and deserialize the message payload.
    """
    payload = message["payload"]
    start_time = float(message["start_time"])
    event_id = message["event_id"]
    project_id = int(message["project_id"])
    remote_addr = message.get("remote_addr")

    try:
        project = get_project(project_id)
    except Project.DoesNotExist:
        metrics.incr("ingest_consumer.project_missing")
        return

    data = json.loads(payload)
    data["project"] = project_id
    data.setdefault("event_id", event_id)

    if data.get("type") == "transaction":
        # Transactions are ingested through their own topic; drop strays.
        track_outcome(project.organization_id, project_id, message.get("key_id"), Outcome.INVALID,
                      reason="wrong_topic", event_id=event_id)
        return

    if _is_filtered(data):
        track_outcome(project.organization_id, project_id, message.get("key_id"), Outcome.FILTERED,
                      reason="release-version", event_id=event_id)
        return

    cache_key = event_processing_store.store(data)

    from tremor.tasks.store import preprocess_event

    preprocess_event.delay(
        cache_key=cache_key,
        start_time=start_time,
        event_id=event_id,
        project_id=project_id,
        remote_addr=remote_addr,
    )


def _is_filtered(data: dict) -> bool:
    release = (data.get("release") or "")
    return release.endswith("-filtered")


def decode(raw: bytes) -> dict:
    return msgpack.unpackb(raw, use_list=False)


def process_message(raw: bytes) -> None:
    message = decode(raw)
    if message.get("type") != "event":
        return
    with metrics.timer("ingest_consumer.process_event"):
        process_event(message)
