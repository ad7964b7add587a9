from ....plugins.base_plugin import BasePlugin
from ...interface import GatewayResponse
from .stripe_api import create_payment_intent, is_secret_api_key_valid

PLUGIN_ID = "cartwell.payments.stripe"


class StripeGatewayPlugin(BasePlugin):
    PLUGIN_ID = PLUGIN_ID
    PLUGIN_NAME = "Stripe"
    DEFAULT_CONFIGURATION = [
        {"name": "public_api_key", "value": None},
        {"name": "secret_api_key", "value": None},
        {"name": "automatic_payment_capture", "value": True},
        {"name": "webhook_endpoint_id", "value": None},
    ]

    def process_payment(self, payment_information, previous_value):
        intent, error = create_payment_intent(
            api_key=self.get_config_value("secret_api_key"),
            amount=payment_information.amount,
            currency=payment_information.currency,
            auto_capture=self.get_config_value("automatic_payment_capture"),
            customer_email=payment_information.customer_email,
            payment_method_id=payment_information.token,
        )
        if error:
            return GatewayResponse.failed(str(error))
        return GatewayResponse(
            is_success=True,
            action_required=intent.status == "requires_action",
            kind="action_to_confirm",
            amount=payment_information.amount,
            transaction_id=intent.id,
            raw_response=intent.to_dict_recursive(),
        )

    @classmethod
    def validate_plugin_configuration(cls, plugin_configuration):
        key = next(
            c["value"] for c in plugin_configuration.configuration
            if c["name"] == "secret_api_key"
        )
        if not is_secret_api_key_valid(key):
            raise ValueError("Secret API key is incorrect.")
