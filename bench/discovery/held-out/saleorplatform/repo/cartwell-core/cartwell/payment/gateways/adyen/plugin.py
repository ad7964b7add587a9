import os

from ....plugins.base_plugin import BasePlugin
from ...interface import GatewayResponse
from .utils import call_payment_api, initialize_adyen_client


class AdyenGatewayPlugin(BasePlugin):
    PLUGIN_ID = "cartwell.payments.adyen"
    PLUGIN_NAME = "Adyen"
    DEFAULT_CONFIGURATION = [
        {"name": "merchant-account", "value": os.environ.get("ADYEN_MERCHANT_ACCOUNT")},
        {"name": "api-key", "value": os.environ.get("ADYEN_API_KEY")},
        {"name": "live", "value": ""},
        {"name": "auto-capture", "value": True},
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.adyen = initialize_adyen_client(
            api_key=self.get_config_value("api-key"),
            live=self.get_config_value("live"),
        )

    def process_payment(self, payment_information, previous_value):
        request_data = {
            "amount": {
                "value": int(payment_information.amount * 100),
                "currency": payment_information.currency,
            },
            "reference": payment_information.additional_data.get("reference"),
            "paymentMethod": payment_information.additional_data.get("paymentMethod"),
            "returnUrl": payment_information.additional_data.get("returnUrl"),
            "merchantAccount": self.get_config_value("merchant-account"),
            "shopperEmail": payment_information.customer_email,
        }
        result = call_payment_api(self.adyen, request_data)
        message = result.message
        return GatewayResponse(
            is_success=message.get("resultCode") in ("Authorised", "Received"),
            action_required="action" in message,
            kind="auth",
            amount=payment_information.amount,
            transaction_id=message.get("pspReference", ""),
            raw_response=message,
        )
