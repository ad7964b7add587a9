import logging

from celery import shared_task
from django.conf import settings

from .cloud_connector import CloudConnector

logger = logging.getLogger(__name__)


@shared_task
def send_cloud_heartbeat_task() -> None:
    if not settings.PAGERLOFT_CLOUD_HEARTBEAT_ENABLED:
        return
    if CloudConnector.send_heartbeat():
        logger.info("cloud heartbeat sent")


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def sync_users_with_cloud() -> None:
    if not settings.PAGERLOFT_CLOUD_NOTIFICATIONS_ENABLED:
        return
    from django.core.cache import cache

    users = cache.get("grafana_users_snapshot", [])
    matched = CloudConnector.sync_users([{"email": u["email"], "username": u["login"]} for u in users])
    logger.info("synced %d users with Pagerloft Cloud", matched)


@shared_task
def send_usage_stats_report() -> None:
    if not settings.SEND_ANONYMOUS_USAGE_STATS:
        return
    from .usage_stats import UsageStatsService

    UsageStatsService().send_usage_stats_report()
