import logging

import Adyen
from django.conf import settings

logger = logging.getLogger(__name__)


def initialize_adyen_client(api_key: str, live: str | None):
    adyen = Adyen.Adyen()
    adyen.client.xapikey = api_key
    adyen.client.platform = "live" if live else "test"
    adyen.client.live_endpoint_prefix = live or None
    adyen.client.timeout = settings.REQUESTS_CONN_EST_TIMEOUT * 10
    return adyen


def call_payment_api(adyen: Adyen.Adyen, request_data: dict):
    try:
        return adyen.checkout.payments_api.payments(request_data)
    except (Adyen.AdyenError, ValueError, ConnectionError) as e:
        logger.warning("Unable to process the payment: %s", e)
        raise


def call_capture(adyen: Adyen.Adyen, psp_reference: str, merchant_account: str, amount, currency):
    return adyen.checkout.modifications_api.capture_authorised_payment(
        {
            "merchantAccount": merchant_account,
            "amount": {"value": int(amount * 100), "currency": currency},
        },
        psp_reference,
    )
