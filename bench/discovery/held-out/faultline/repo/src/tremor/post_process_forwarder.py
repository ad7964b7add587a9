"""post-process-forwarder: follows the ``events`` topic (synchronised with the
strata commit log so events are queryable first) and dispatches the
post_process_group Celery task for each inserted event."""
from __future__ import annotations

import logging
from typing import Any, Callable

from tremor.utils import json, metrics

logger = logging.getLogger(__name__)


def _dispatch(payload: dict[str, Any], task_state: dict[str, Any]) -> None:
    from tremor.tasks.post_process import post_process_group

    post_process_group.apply_async(
        kwargs={
            "is_new": task_state["is_new"],
            "is_regression": task_state["is_regression"],
            "cache_key": None,
            "group_id": payload.get("group_id"),
            "project_id": payload["project_id"],
            "event_id": payload["event_id"],
        },
        queue=task_state.get("queue", "post_process_errors"),
    )


def build_forwarder(**options: Any) -> Callable[[bytes], None]:
    def handle(raw: bytes) -> None:
        version, kind, *rest = json.loads(raw)
        if kind != "insert":
            return
        payload, task_state = rest[0], rest[1]
        if task_state.get("skip_consume"):
            return
        with metrics.timer("post_process_forwarder.dispatch"):
            _dispatch(payload, task_state)

    return handle
