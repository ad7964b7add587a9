import logging

from celery import shared_task
from django.conf import settings
from django.core.cache import cache

from .client import SlackClient

logger = logging.getLogger(__name__)


def _bot_token() -> str | None:
    return cache.get("slack_bot_token:default")


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def post_alert_group_to_slack(alert_group_pk: int) -> None:
    if not settings.FEATURE_SLACK_INTEGRATION_ENABLED:
        return
    from apps.alerts.models import AlertGroup

    alert_group = AlertGroup.objects.get(pk=alert_group_pk)
    if alert_group.slack_message_ts:
        return

    channel = cache.get("slack_default_channel", "#incidents")
    result = SlackClient(token=_bot_token()).safe_chat_post_message(
        channel=channel,
        text=alert_group.title,
        blocks=[
            {"type": "section", "text": {"type": "mrkdwn", "text": f"*{alert_group.title}*\n<{alert_group.web_link}|Open>"}},
        ],
    )
    if result:
        alert_group.slack_message_ts = result["ts"]
        alert_group.save(update_fields=["slack_message_ts"])


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def update_alert_group_slack_message(alert_group_pk: int) -> None:
    if not settings.FEATURE_SLACK_INTEGRATION_ENABLED:
        return
    from apps.alerts.models import AlertGroup

    alert_group = AlertGroup.objects.get(pk=alert_group_pk)
    if not alert_group.slack_message_ts:
        return
    SlackClient(token=_bot_token()).chat_update(
        channel=cache.get("slack_default_channel", "#incidents"),
        ts=alert_group.slack_message_ts,
        text=f"{alert_group.title} (state {alert_group.state})",
    )
