from ...webhook.event_types import WebhookEventAsyncType
from ...webhook.utils import get_webhooks_for_event
from ..base_plugin import BasePlugin
from .tasks import trigger_webhooks_async


class WebhookPlugin(BasePlugin):
    """Deliver events to installed Cartwell Apps.

    Target URLs are registered by each App at install time and stored in the
    `webhook_webhook` table; there is no fixed receiver.
    """

    PLUGIN_ID = "cartwell.plugins.webhook"
    PLUGIN_NAME = "Webhooks"
    DEFAULT_ACTIVE = True
    CONFIGURATION_PER_CHANNEL = False

    def order_created(self, order, previous_value):
        webhooks = get_webhooks_for_event(WebhookEventAsyncType.ORDER_CREATED)
        if webhooks:
            payload = {"order": {"id": order.pk, "total": str(order.total_gross_amount)}}
            trigger_webhooks_async(
                payload, WebhookEventAsyncType.ORDER_CREATED, webhooks
            )
        return previous_value
