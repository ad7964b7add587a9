"""Billing for Parleyhub Cloud.  Only loaded when CORPORATE_ENABLED is true
(parleyhub.com's own deployment); self-hosted/docker servers never import it."""
import logging
from typing import Any, Dict, Optional

import stripe
from django.conf import settings

from phproject.config import get_secret

billing_logger = logging.getLogger("corporate.stripe")
stripe.api_key = get_secret("stripe_secret_key")
STRIPE_API_VERSION = "2024-04-10"


def stripe_get_customer(stripe_customer_id: str) -> "stripe.Customer":
    return stripe.Customer.retrieve(stripe_customer_id, expand=["invoice_settings", "invoice_settings.default_payment_method"])


def create_stripe_customer(realm_id: int, email: str) -> "stripe.Customer":
    return stripe.Customer.create(description=f"realm {realm_id}", email=email, metadata={"realm_id": realm_id})


def create_stripe_invoice(customer_id: str, amount_cents: int, description: str) -> Optional[Dict[str, Any]]:
    stripe.InvoiceItem.create(customer=customer_id, amount=amount_cents, currency="usd", description=description)
    invoice = stripe.Invoice.create(customer=customer_id, collection_method="charge_automatically", auto_advance=True)
    billing_logger.info("Created invoice %s for %s", invoice.id, customer_id)
    return invoice
