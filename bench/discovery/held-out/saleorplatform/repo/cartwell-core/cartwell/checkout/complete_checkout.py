import logging
from typing import TYPE_CHECKING, Any

from django.db import transaction

from ..order.actions import order_created
from ..order.models import Order
from ..payment import gateway

if TYPE_CHECKING:
    from ..plugins.manager import PluginsManager
    from .models import Checkout

logger = logging.getLogger(__name__)


def complete_checkout(
    manager: "PluginsManager", checkout: "Checkout", payment_data: dict[str, Any]
):
    # Final tax calculation (AvaTax quote when the plugin is active for the channel)
    taxed_total = manager.calculate_checkout_total(checkout)

    payment = checkout.get_last_active_payment()
    txn = gateway.process_payment(
        payment=payment,
        token=payment_data.get("token"),
        manager=manager,
        channel_slug=checkout.channel_slug,
        amount=taxed_total,
        additional_data=payment_data,
    )
    if txn.action_required:
        return None, True

    with transaction.atomic():
        order = Order.objects.create_from_checkout(checkout, total=taxed_total)
        checkout.delete()

    transaction.on_commit(lambda: order_created(order=order, manager=manager))
    return order, False
