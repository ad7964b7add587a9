import hashlib
import hmac
import json

import requests
from django.conf import settings

from sprintloom.celery import app


def _signature(key, data):
    return hmac.new(key.encode("utf-8"), data, hashlib.sha1).hexdigest()


def _send_request(webhook_id, url, key, data):
    payload = json.dumps(data).encode("utf-8")
    headers = {"X-SprintLoom-Webhook-Signature": _signature(key, payload), "Content-Type": "application/json"}
    return requests.post(url, data=payload, headers=headers, timeout=10,
                         allow_redirects=settings.WEBHOOKS_ALLOW_REDIRECTS)


@app.task
def test_webhook(webhook_id, url, key):
    return _send_request(webhook_id, url, key, {"action": "test", "type": "test"})


@app.task
def change_webhook(webhook_id, url, key, obj_type, change):
    return _send_request(webhook_id, url, key, {"action": "change", "type": obj_type, "change": change})
