import enum
import hashlib
import hmac
import json
import logging

import backoff
import requests
from django.core.serializers.json import DjangoJSONEncoder

from task_processor.decorators import register_task_handler

logger = logging.getLogger(__name__)

WEBHOOK_SIGNATURE_HEADER = "X-Flagpost-Signature"


class WebhookEventType(enum.Enum):
    FLAG_UPDATED = "FLAG_UPDATED"
    FLAG_DELETED = "FLAG_DELETED"
    AUDIT_LOG_CREATED = "AUDIT_LOG_CREATED"


def sign_payload(payload: str, key: str) -> str:
    return hmac.new(key=key.encode(), msg=payload.encode(), digestmod=hashlib.sha256).hexdigest()


@backoff.on_exception(backoff.expo, requests.exceptions.RequestException, max_tries=3)
def _call_webhook(url: str, secret: str, data: dict) -> requests.Response:
    json_data = json.dumps({"data": data}, sort_keys=True, cls=DjangoJSONEncoder)
    headers = {"content-type": "application/json"}
    if secret:
        headers[WEBHOOK_SIGNATURE_HEADER] = sign_payload(json_data, secret)
    return requests.post(str(url), data=json_data, headers=headers, timeout=10)


@register_task_handler()
def call_webhook_with_failure_mail(url: str, secret: str, data: dict):
    try:
        _call_webhook(url, secret, data)
    except requests.exceptions.RequestException as e:
        logger.warning("Webhook %s failed: %s", url, e)


def call_environment_webhooks(environment, data: dict, event_type: WebhookEventType):
    """Webhook URLs are entered by users in the environment settings."""
    for webhook in environment.webhooks.filter(enabled=True):
        call_webhook_with_failure_mail.delay(
            args=(webhook.url, webhook.secret, {"event_type": event_type.value, **data})
        )


def call_organisation_webhooks(organisation, data: dict, event_type: WebhookEventType):
    for webhook in organisation.webhooks.filter(enabled=True):
        call_webhook_with_failure_mail.delay(
            args=(webhook.url, webhook.secret, {"event_type": event_type.value, **data})
        )
