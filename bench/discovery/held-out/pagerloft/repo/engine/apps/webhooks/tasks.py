import json
import logging

import requests
from celery import shared_task
from django.conf import settings
from jinja2.sandbox import SandboxedEnvironment

logger = logging.getLogger(__name__)

OUTGOING_WEBHOOK_TIMEOUT = 10
jinja_env = SandboxedEnvironment()


@shared_task(autoretry_for=(requests.exceptions.ConnectionError,), retry_backoff=True, max_retries=3)
def execute_webhook(webhook_pk: int, alert_group_pk: int) -> None:
    """POST to whatever URL the user configured (stored in the Webhook row)."""
    if not settings.FEATURE_WEBHOOKS_ENABLED:
        return
    from apps.alerts.models import AlertGroup
    from apps.webhooks.models import Webhook

    webhook = Webhook.objects.get(pk=webhook_pk)
    if not webhook.is_webhook_enabled:
        return
    alert_group = AlertGroup.objects.get(pk=alert_group_pk)
    event = {"alert_group": {"id": alert_group.pk, "title": alert_group.title, "state": alert_group.state}}

    if webhook.forward_all or not webhook.data:
        payload = event
    else:
        payload = json.loads(jinja_env.from_string(webhook.data).render(**event))

    response = requests.request(
        webhook.http_method,
        webhook.url,
        json=payload,
        headers=webhook.headers or {},
        timeout=OUTGOING_WEBHOOK_TIMEOUT,
    )
    logger.info("webhook %s -> %s responded %s", webhook.pk, webhook.url, response.status_code)
