from .event_types import WebhookEventAsyncType
from .models import Webhook


def get_webhooks_for_event(event_type):
    """Active webhooks of active apps subscribed to the given event."""
    return (
        Webhook.objects.filter(is_active=True, app__is_active=True)
        .filter(events__event_type__in=[event_type, WebhookEventAsyncType.ANY])
        .distinct()
    )
