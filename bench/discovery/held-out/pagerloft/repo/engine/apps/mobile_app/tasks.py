"""Mobile push. Self-hosted installations cannot hold FCM credentials for the Pagerloft mobile app,
so pushes are relayed through the Pagerloft Cloud connection; direct FCM is only used by the cloud."""
import logging

import requests
from celery import shared_task
from django.conf import settings

logger = logging.getLogger(__name__)


def _cloud_auth_header() -> dict:
    from apps.oss_installation.cloud_connector import CloudConnector

    return {"Authorization": CloudConnector.get_api_token()}


@shared_task(autoretry_for=(requests.exceptions.RequestException,), retry_backoff=True, max_retries=5)
def send_push_notification(user_id: int, alert_group_pk: int, critical: bool = True) -> None:
    from apps.alerts.models import AlertGroup

    alert_group = AlertGroup.objects.get(pk=alert_group_pk)
    message = {
        "user_id": user_id,
        "data": {
            "title": alert_group.title,
            "alert_group_pk": str(alert_group.pk),
            "type": "pagerloft.critical_message" if critical else "pagerloft.message",
        },
    }

    if settings.FCM_RELAY_ENABLED:
        # we ARE the relay (cloud deployment): talk to FCM directly
        from .fcm_relay import send_message_to_fcm_device

        send_message_to_fcm_device(message)
        return

    if not settings.PAGERLOFT_CLOUD_NOTIFICATIONS_ENABLED:
        logger.info("cloud notifications disabled, dropping push for user %s", user_id)
        return

    url = f"{settings.PAGERLOFT_CLOUD_API_URL}/mobile_app/v1/fcm_relay"
    response = requests.post(url, json=message, headers=_cloud_auth_header(), timeout=10)
    response.raise_for_status()
