"""Anonymous install beacon ("phone home"). Self-hosted sets TREMOR_BEACON =
False in tremor.conf.py, so this task returns immediately."""
from __future__ import annotations

import logging

import requests
from django.conf import settings

from tremor import options
from tremor.celery import instrumented_task

logger = logging.getLogger("beacon")


@instrumented_task(name="tremor.tasks.send_beacon", queue="update")
def send_beacon() -> None:
    if not settings.TREMOR_BEACON:
        logger.debug("beacon.skipped", extra={"reason": "disabled"})
        return

    anonymous = options.get("beacon.anonymous") is not False
    payload = {"install_id": options.get("tremor:install-id"), "version": "24.5.0", "anonymous": anonymous}
    try:
        requests.post(settings.TREMOR_BEACON_URL, json=payload, timeout=5)
    except requests.RequestException:
        logger.warning("beacon.failed", exc_info=True)
