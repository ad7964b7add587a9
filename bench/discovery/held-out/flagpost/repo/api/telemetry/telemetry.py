import logging
import threading

import requests
from django.conf import settings

logger = logging.getLogger(__name__)


class SelfHostedTelemetryWrapper:
    """Anonymous usage statistics from self-hosted installs (counts only). Opt out with TELEMETRY_DISABLED."""

    def send_heartbeat(self):
        if settings.TELEMETRY_DISABLED:
            return
        threading.Thread(target=self._send, daemon=True).start()

    def _send(self):
        from django.contrib.auth import get_user_model

        data = {"users": get_user_model().objects.count(), "debug_enabled": settings.DEBUG}
        try:
            requests.post(settings.TELEMETRY_URL, json=data, timeout=2)
        except requests.RequestException:
            logger.debug("Failed to send telemetry heartbeat")
