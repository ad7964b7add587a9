import logging

import requests
from nameko.extensions import DependencyProvider

from payments.exceptions import PaymentDeclined, ProviderUnavailable

log = logging.getLogger(__name__)

STRIPE_API_BASE = "https://api.stripe.com/v1"


class StripeClient:
    """Very small wrapper around the bits of the Stripe REST API we use.

    We deliberately do not use the `stripe` SDK: it pulls in a lot and
    we only need PaymentIntents.
    """

    def __init__(self, session, base_url, currency, timeout):
        self.session = session
        self.base_url = base_url.rstrip("/")
        self.currency = currency
        self.timeout = timeout

    def create_payment_intent(self, amount_pence, card_token, order_id, idempotency_key):
        try:
            response = self.session.post(
                "{}/payment_intents".format(self.base_url),
                data={
                    "amount": amount_pence,
                    "currency": self.currency,
                    "payment_method_data[type]": "card",
                    "payment_method_data[card][token]": card_token,
                    "confirm": "true",
                    "metadata[order_id]": order_id,
                    "description": "Copperkettle order #{}".format(order_id),
                },
                headers={"Idempotency-Key": idempotency_key},
                timeout=self.timeout,
            )
        except requests.RequestException as exc:
            raise ProviderUnavailable(str(exc))

        body = response.json()
        if response.status_code == 402:
            raise PaymentDeclined(body["error"].get("decline_code", "card_declined"))
        if response.status_code >= 500:
            raise ProviderUnavailable("stripe returned {}".format(response.status_code))
        response.raise_for_status()
        return body

    def refund(self, payment_intent_id):
        response = self.session.post(
            "{}/refunds".format(self.base_url),
            data={"payment_intent": payment_intent_id},
            timeout=self.timeout,
        )
        response.raise_for_status()
        return response.json()


class PaymentProvider(DependencyProvider):

    def setup(self):
        conf = self.container.config.get("PAYMENT_PROVIDER", {})
        self.base_url = conf.get("base_url") or STRIPE_API_BASE
        self.currency = conf.get("currency", "gbp")
        self.timeout = float(conf.get("timeout", 8))

        self.session = requests.Session()
        self.session.auth = (conf.get("api_key", ""), "")
        self.session.headers["Stripe-Version"] = "2022-11-15"

    def stop(self):
        self.session.close()

    def get_dependency(self, worker_ctx):
        return StripeClient(self.session, self.base_url, self.currency, self.timeout)
