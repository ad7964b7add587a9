import hashlib
import hmac
import json
import logging
import uuid

import requests
from celery import shared_task
from django.core.serializers.json import DjangoJSONEncoder

from planedeck.db.models import Webhook

logger = logging.getLogger("planedeck.worker")


@shared_task(bind=True, autoretry_for=(requests.RequestException,), retry_backoff=600, max_retries=5)
def webhook_task(self, webhook_id, slug, event, event_data, action):
    webhook = Webhook.objects.get(id=webhook_id, workspace__slug=slug)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "Autopilot",
        "X-Planedeck-Delivery": str(uuid.uuid4()),
        "X-Planedeck-Event": event,
    }
    payload = {"event": event, "action": action, "webhook_id": str(webhook.id), "data": event_data}
    body = json.dumps(payload, cls=DjangoJSONEncoder)
    if webhook.secret_key:
        headers["X-Planedeck-Signature"] = hmac.new(
            webhook.secret_key.encode("utf-8"), body.encode("utf-8"), hashlib.sha256
        ).hexdigest()
    # Target URL is whatever the workspace admin configured.
    response = requests.post(webhook.url, headers=headers, data=body, timeout=30)
    logger.info("webhook %s -> %s", webhook.id, response.status_code)


@shared_task
def model_activity(model_name, model_id, slug, requested_data, actor_id):
    for webhook in Webhook.objects.filter(workspace__slug=slug, is_active=True, issue=True):
        webhook_task.delay(
            webhook_id=str(webhook.id), slug=slug, event=model_name,
            event_data={"id": model_id, **(requested_data or {})}, action="updated",
        )
