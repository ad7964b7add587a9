import hashlib
import hmac
import json
import logging
from urllib.parse import urlparse

from django.conf import settings

from ...celeryconf import app
from ...core.http_client import HTTPClient
from ...webhook.models import EventDelivery, Webhook

logger = logging.getLogger(__name__)


def signature_for_payload(body: bytes, secret_key: str | None) -> str:
    if secret_key is None:
        return ""
    hash_ = hmac.new(bytes(secret_key, "utf-8"), body, hashlib.sha256)
    return hash_.hexdigest()


def trigger_webhooks_async(data, event_type, webhooks):
    for webhook in webhooks:
        delivery = EventDelivery.objects.create(
            event_type=event_type, payload=json.dumps(data), webhook=webhook
        )
        send_webhook_request_async.delay(delivery.pk)


@app.task(bind=True, retry_backoff=10, retry_kwargs={"max_retries": 5})
def send_webhook_request_async(self, event_delivery_id):
    delivery = EventDelivery.objects.select_related("webhook__app").get(
        pk=event_delivery_id
    )
    webhook: Webhook = delivery.webhook
    parts = urlparse(webhook.target_url)
    if parts.scheme.lower() not in ("http", "https"):
        logger.warning("Unsupported webhook scheme %s", parts.scheme)
        return
    headers = {
        "Content-Type": "application/json",
        "Cartwell-Event": delivery.event_type,
        "Cartwell-Domain": settings.PUBLIC_URL if hasattr(settings, "PUBLIC_URL") else "",
        "Cartwell-Signature": signature_for_payload(
            delivery.payload.encode(), webhook.secret_key
        ),
    }
    try:
        response = HTTPClient.send_request(
            "POST",
            webhook.target_url,
            data=delivery.payload,
            headers=headers,
            timeout=settings.WEBHOOK_TIMEOUT,
            allow_redirects=False,
        )
        response.raise_for_status()
    except Exception as exc:
        logger.info("[Webhook] Failed request to %s: %s", webhook.target_url, exc)
        raise self.retry(exc=exc)


@app.task
def observability_reporter_task():
    # Buffered observability events are flushed by a dedicated queue; disabled
    # in the default compose setup (no consumer on the "observability" queue).
    return None
