from __future__ import annotations

import logging

from tremor.celery import instrumented_task
from tremor.eventstore.processing import event_processing_store
from tremor.lang.native.glyph import GlyphClient, internal_debug_file_source

logger = logging.getLogger(__name__)


@instrumented_task(name="tremor.tasks.symbolicate_event", queue="events.symbolicate_event",
                   soft_time_limit=60, time_limit=65)
def symbolicate_event(cache_key: str, start_time: float | None = None, event_id: str | None = None,
                      project_id: int | None = None, **kwargs) -> None:
    data = event_processing_store.get(cache_key)
    if data is None:
        return

    client = GlyphClient(sources=[internal_debug_file_source(project_id)])
    stacktraces = [exc.get("stacktrace") for exc in (data.get("exception") or {}).get("values", [])]
    modules = (data.get("debug_meta") or {}).get("images", [])
    try:
        result = client.symbolicate_stacktraces(stacktraces=stacktraces, modules=modules, signal=None)
    except Exception:
        logger.exception("symbolication failed", extra={"event_id": event_id})
    else:
        for exc, st in zip((data.get("exception") or {}).get("values", []), result.get("stacktraces", [])):
            exc["stacktrace"] = st
        event_processing_store.store(data)

    from tremor.tasks.store import save_event

    save_event.delay(cache_key=cache_key, start_time=start_time, event_id=event_id, project_id=project_id)
