"""Event processing pipeline: preprocess -> (symbolicate) -> save_event.
Each hop is a Celery task on the redis broker; payloads travel through the
redis processing store."""
from __future__ import annotations

import logging
import time

from django.db import transaction

from tremor.celery import instrumented_task
from tremor.eventstore.processing import event_processing_store
from tremor.eventstream import get_eventstream
from tremor.models import Project

logger = logging.getLogger(__name__)

NATIVE_PLATFORMS = {"native", "cocoa", "c", "objc"}


@instrumented_task(name="tremor.tasks.store.preprocess_event", queue="events.preprocess_event")
def preprocess_event(cache_key: str, start_time: float | None = None, event_id: str | None = None,
                     project_id: int | None = None, **kwargs) -> None:
    data = event_processing_store.get(cache_key)
    if data is None:
        logger.error("preprocess.failed.empty", extra={"cache_key": cache_key})
        return

    from tremor.tasks.symbolication import symbolicate_event

    if data.get("platform") in NATIVE_PLATFORMS:
        symbolicate_event.delay(cache_key=cache_key, start_time=start_time, event_id=event_id, project_id=project_id)
    else:
        save_event.delay(cache_key=cache_key, start_time=start_time, event_id=event_id, project_id=project_id)


@instrumented_task(name="tremor.tasks.store.save_event", queue="events.save_event")
def save_event(cache_key: str | None = None, data: dict | None = None, start_time: float | None = None,
               event_id: str | None = None, project_id: int | None = None, **kwargs) -> None:
    if data is None:
        data = event_processing_store.get(cache_key)
    if data is None:
        return

    project = Project.objects.get_from_cache(id=project_id)
    with transaction.atomic():
        group_id, is_new, is_regression, primary_hash = _save_aggregate(project, data)
    data["group_id"] = group_id

    get_eventstream().insert(
        event=data,
        is_new=is_new,
        is_regression=is_regression,
        primary_hash=primary_hash,
        received_timestamp=start_time or time.time(),
    )
    event_processing_store.delete_by_key(cache_key)


def _save_aggregate(project: Project, data: dict) -> tuple[int, bool, bool, str]:
    from django.db import connection

    fingerprint = "|".join(data.get("fingerprint") or [data.get("message") or data.get("culprit") or ""])
    import hashlib

    primary_hash = hashlib.md5(fingerprint.encode()).hexdigest()
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO tremor_groupedmessage (project_id, hash, times_seen, last_seen) VALUES (%s, %s, 1, now()) "
            "ON CONFLICT (project_id, hash) DO UPDATE SET times_seen = tremor_groupedmessage.times_seen + 1, "
            "last_seen = now() RETURNING id, (xmax = 0)",
            [project.id, primary_hash],
        )
        group_id, is_new = cursor.fetchone()
    return group_id, is_new, False, primary_hash
