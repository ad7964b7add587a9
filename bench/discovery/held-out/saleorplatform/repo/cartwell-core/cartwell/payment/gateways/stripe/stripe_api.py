import logging
from decimal import Decimal

import stripe
from django.contrib.sites.models import Site
from django.urls import reverse
from stripe.error import AuthenticationError, StripeError

logger = logging.getLogger(__name__)

STRIPE_API_VERSION = "2020-08-27"

WEBHOOK_EVENTS = [
    "payment_intent.succeeded",
    "payment_intent.processing",
    "payment_intent.payment_failed",
    "payment_intent.canceled",
    "charge.refunded",
]


def is_secret_api_key_valid(api_key: str):
    """Call api to check if api_key is a correct key."""
    try:
        stripe.WebhookEndpoint.list(api_key, stripe_version=STRIPE_API_VERSION)
        return True
    except AuthenticationError:
        return False


def subscribe_webhook(api_key: str, channel_slug: str):
    domain = Site.objects.get_current().domain
    path = reverse(
        "plugins-per-channel",
        kwargs={"plugin_id": "cartwell.payments.stripe", "channel_slug": channel_slug},
    )
    return stripe.WebhookEndpoint.create(
        api_key=api_key,
        url=f"https://{domain}{path}",
        enabled_events=WEBHOOK_EVENTS,
        stripe_version=STRIPE_API_VERSION,
    )


def create_payment_intent(
    api_key: str,
    amount: Decimal,
    currency: str,
    auto_capture: bool = True,
    customer_email: str | None = None,
    metadata: dict | None = None,
    payment_method_id: str | None = None,
):
    capture_method = "automatic" if auto_capture else "manual"
    try:
        intent = stripe.PaymentIntent.create(
            api_key=api_key,
            amount=int(amount * 100),
            currency=currency,
            capture_method=capture_method,
            receipt_email=customer_email,
            metadata=metadata or {},
            payment_method=payment_method_id,
            confirm=bool(payment_method_id),
            stripe_version=STRIPE_API_VERSION,
        )
        return intent, None
    except StripeError as error:
        logger.warning("Unable to create a payment intent", extra={"error": error})
        return None, error


def refund_payment_intent(api_key: str, payment_intent_id: str, amount: int):
    try:
        refund = stripe.Refund.create(
            api_key=api_key,
            payment_intent=payment_intent_id,
            amount=amount,
            stripe_version=STRIPE_API_VERSION,
        )
        return refund, None
    except StripeError as error:
        logger.warning("Unable to refund a payment intent", extra={"error": error})
        return None, error
