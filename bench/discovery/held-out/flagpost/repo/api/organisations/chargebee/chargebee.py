"""Chargebee billing. Only used by the Flagpost SaaS; self-hosted installs do not set CHARGEBEE_API_KEY."""
import logging

import chargebee as chargebee_client
from django.conf import settings

logger = logging.getLogger(__name__)

if settings.CHARGEBEE_API_KEY:
    chargebee_client.configure(settings.CHARGEBEE_API_KEY, settings.CHARGEBEE_SITE)


def get_subscription_metadata(subscription_id: str) -> dict:
    if not settings.CHARGEBEE_API_KEY:
        return {}
    result = chargebee_client.Subscription.retrieve(subscription_id)
    subscription = result.subscription
    return {"plan": subscription.plan_id, "seats": subscription.plan_quantity}


def get_portal_url(customer_id: str, redirect_url: str) -> str:
    result = chargebee_client.PortalSession.create({"redirect_url": redirect_url, "customer": {"id": customer_id}})
    return result.portal_session.access_url
