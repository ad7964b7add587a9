import logging

from celery import shared_task
from django.conf import settings

from .client import TelegramClient

logger = logging.getLogger(__name__)


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def register_telegram_webhook(token: str | None = None) -> None:
    if not settings.FEATURE_TELEGRAM_INTEGRATION_ENABLED:
        return
    TelegramClient(token=token).register_webhook()


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def send_alert_group_to_telegram(user_id: int, alert_group_pk: int) -> None:
    from apps.alerts.models import AlertGroup

    alert_group = AlertGroup.objects.get(pk=alert_group_pk)
    chat_id = alert_group.telegram_chat_id
    if not chat_id:
        logger.info("user %s has no telegram chat connected", user_id)
        return
    TelegramClient().send_alert_group_message(chat_id, alert_group)


@shared_task
def handle_telegram_update(update: dict) -> None:
    callback = update.get("callback_query")
    if not callback:
        return
    alert_group_pk, action = callback["data"].split(":")
    from apps.alerts.models import AlertGroup

    if action == "acknowledge":
        AlertGroup.objects.filter(pk=int(alert_group_pk)).update(state=AlertGroup.ACKNOWLEDGED)
