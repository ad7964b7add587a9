import logging

from django.conf import settings
from posthog import Posthog

logger = logging.getLogger("planedeck.api")

_client = None


def posthog_client():
    global _client
    if _client is None and settings.IS_TELEMETRY_ENABLED and settings.POSTHOG_API_KEY:
        _client = Posthog(settings.POSTHOG_API_KEY, host=settings.POSTHOG_HOST)
    return _client


def track_event(distinct_id, event, properties=None):
    """Product analytics — best effort, never raises."""
    client = posthog_client()
    if client is None:
        return
    try:
        client.capture(distinct_id, event=event, properties=properties or {})
    except Exception as e:  # noqa
        logger.warning("telemetry capture failed: %s", e)
