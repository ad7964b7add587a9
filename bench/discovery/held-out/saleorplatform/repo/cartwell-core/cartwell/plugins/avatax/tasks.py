import logging

from ...celeryconf import app
from ...order.models import Order
from . import AvataxConfiguration, api_post_request

logger = logging.getLogger(__name__)


@app.task(
    autoretry_for=(Exception,),
    retry_backoff=60,
    retry_kwargs={"max_retries": 5},
)
def api_post_request_task(transaction_url, data, config, order_id):
    """Commit the AvaTax transaction for a placed order, in the background."""
    config = AvataxConfiguration(**config)
    order = Order.objects.filter(id=order_id).first()
    if not order:
        logger.error("Unable to send the order %s to Avatax. Order doesn't exist.", order_id)
        return
    response = api_post_request(transaction_url, data, config)
    if not response or "error" in response:
        msg = response.get("error", {}).get("message", "") if response else ""
        order.events.create(type="external_service_notification", parameters={"message": msg})
        raise Exception(f"Avatax commit failed for order {order_id}: {msg}")
    order.events.create(type="external_service_notification", parameters={"message": "Order sent to Avatax."})
