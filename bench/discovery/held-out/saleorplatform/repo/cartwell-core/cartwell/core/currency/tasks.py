import logging
from decimal import Decimal

from django.conf import settings
from django.db import transaction

from ...celeryconf import app
from ..http_client import HTTPClient
from .models import ConversionRate

logger = logging.getLogger(__name__)

OPENEXCHANGERATES_LATEST_URL = "https://openexchangerates.org/api/latest.json"


def fetch_latest_rates(base_currency: str = "USD") -> dict[str, Decimal]:
    response = HTTPClient.send_request(
        "GET",
        OPENEXCHANGERATES_LATEST_URL,
        params={"app_id": settings.OPENEXCHANGERATES_API_KEY, "base": base_currency},
        timeout=15,
    )
    response.raise_for_status()
    rates = response.json()["rates"]
    return {code: Decimal(str(value)) for code, value in rates.items()}


@app.task(autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def update_conversion_rates():
    """Refresh channel conversion rates; scheduled by celery beat every 6 hours."""
    if not settings.OPENEXCHANGERATES_API_KEY:
        logger.info("OPENEXCHANGERATES_API_KEY not set, skipping rates update")
        return
    rates = fetch_latest_rates()
    with transaction.atomic():
        for currency, rate in rates.items():
            ConversionRate.objects.update_or_create(
                to_currency=currency, defaults={"rate": rate}
            )
    logger.info("Updated %d conversion rates", len(rates))
