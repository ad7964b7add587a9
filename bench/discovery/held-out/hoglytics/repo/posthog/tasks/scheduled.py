import json

from celery import shared_task
from django.conf import settings
from django.core.cache import cache

from posthog.clickhouse.client import sync_execute
from posthog.clickhouse.schema import EVENTS_COUNT_BY_TEAM
from posthog.redis import get_client

QUOTA_LIMITER_CACHE_KEY = "@hoglytics/quota-limits/"


@shared_task(ignore_result=True)
def schedule_cache_updates_task() -> None:
    from posthog.models.insight import Insight  # heavy import, keep lazy

    for insight_id in Insight.objects.filter(deleted=False, refreshing=False).values_list("id", flat=True)[:500]:
        update_insight_cache_task.delay(insight_id)


@shared_task(ignore_result=True, soft_time_limit=settings.CELERY_TASK_SOFT_TIME_LIMIT)
def update_insight_cache_task(insight_id: int) -> None:
    from posthog.models.insight import Insight

    insight = Insight.objects.get(pk=insight_id)
    rows = sync_execute(insight.query_sql, insight.query_params)
    cache.set(f"insight_result_{insight.filters_hash}", json.dumps(rows, default=str), settings.CACHE_UPDATE_INTERVAL_SECONDS * 2)
    Insight.objects.filter(pk=insight_id).update(refreshing=False)


@shared_task(ignore_result=True)
def update_quota_limits() -> None:
    """Computes which project tokens are over their monthly event quota and publishes the set to the
    ingestion Redis, where capture checks it before producing to Kafka."""
    from posthog.models.team import Team

    redis = get_client(settings.INGESTION_REDIS_URL)
    limited = []
    for team in Team.objects.exclude(event_quota=None):
        (count,) = sync_execute(EVENTS_COUNT_BY_TEAM, {"team_id": team.id})[0]
        if count > team.event_quota:
            limited.append(team.api_token)
    pipe = redis.pipeline()
    pipe.delete(f"{QUOTA_LIMITER_CACHE_KEY}events")
    if limited:
        pipe.sadd(f"{QUOTA_LIMITER_CACHE_KEY}events", *limited)
    pipe.execute()
