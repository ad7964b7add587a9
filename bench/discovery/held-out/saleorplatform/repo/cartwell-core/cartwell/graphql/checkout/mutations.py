import graphene
from django.core.cache import cache

from ...checkout.complete_checkout import complete_checkout
from ...checkout.models import Checkout
from ...plugins.manager import get_plugins_manager


class CheckoutCreate(graphene.Mutation):
    class Arguments:
        channel = graphene.String(required=True)
        email = graphene.String()

    token = graphene.UUID()

    @classmethod
    def mutate(cls, root, info, channel, email=None):
        checkout = Checkout.objects.create(channel_slug=channel, email=email)
        return CheckoutCreate(token=checkout.token)


class CheckoutComplete(graphene.Mutation):
    class Arguments:
        token = graphene.UUID(required=True)
        payment_data = graphene.JSONString()

    order_id = graphene.ID()
    confirmation_needed = graphene.Boolean()

    @classmethod
    def mutate(cls, root, info, token, payment_data=None):
        lock_key = f"checkout-complete:{token}"
        # Redis-backed cache is used as a cheap distributed lock so that a double
        # click in the storefront does not charge the customer twice.
        if not cache.add(lock_key, "1", timeout=60):
            raise Exception("Checkout is already being completed.")
        try:
            manager = get_plugins_manager()
            checkout = Checkout.objects.select_for_update().get(token=token)
            order, confirmation_needed = complete_checkout(
                manager=manager, checkout=checkout, payment_data=payment_data or {}
            )
        finally:
            cache.delete(lock_key)
        return CheckoutComplete(
            order_id=order.pk if order else None,
            confirmation_needed=confirmation_needed,
        )
