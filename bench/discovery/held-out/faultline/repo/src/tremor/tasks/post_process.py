from __future__ import annotations

import logging

from django.core.cache import cache

from tremor.celery import instrumented_task
from tremor.utils.redis import redis_client_for

logger = logging.getLogger(__name__)


@instrumented_task(name="tremor.tasks.post_process.post_process_group", queue="post_process_errors")
def post_process_group(is_new: bool, is_regression: bool, group_id: int | None, project_id: int,
                       event_id: str, cache_key: str | None = None, **kwargs) -> None:
    # de-duplicate: the forwarder may redeliver after a rebalance
    lock_key = f"pp:{project_id}:{event_id}"
    if not redis_client_for("default").set(lock_key, "1", nx=True, ex=3600):
        return

    # buffered counters used by the issue stream
    redis_client_for("default").hincrby(f"b:g:{group_id}", "times_seen", 1)
    cache.delete(f"group:{group_id}")

    # Frequency check for "seen more than N times in an hour" issue alerts
    from tremor.utils import strata

    recent = strata.raw_query(
        "events",
        {"query": f"MATCH (events) SELECT count() AS c WHERE project_id = {int(project_id)} "
                  f"AND group_id = {int(group_id or 0)} AND timestamp >= now() - 3600"},
        referrer="tasks.post_process.frequency",
    )
    hourly = (recent.get("data") or [{}])[0].get("c", 0)

    if is_new or is_regression or hourly in (100, 1000, 10000):
        from tremor.models.alert_rule import AlertRule
        from tremor.utils.email import MessageBuilder

        for rule in AlertRule.objects.filter(organization_id__in=_org_for(project_id)):
            MessageBuilder(
                subject=f"New issue in project {project_id}",
                body=f"Event {event_id} created a new issue (group {group_id}).",
            ).send_async(to=[])


def _org_for(project_id: int) -> list[int]:
    from tremor.models import Project

    return [Project.objects.get_from_cache(id=project_id).organization_id]
