import logging

from ..plugins.manager import PluginsManager

logger = logging.getLogger(__name__)


def order_created(order, manager: PluginsManager):
    """Fan out side effects of a new order.

    Every plugin hook below only enqueues Celery tasks; nothing blocks the request.
    """
    manager.order_created(order)
    manager.notify(
        "order_confirmation",
        payload={"order_id": order.pk, "recipient_email": order.user_email},
        channel_slug=order.channel_slug,
    )
    logger.info("Order %s created", order.pk)
