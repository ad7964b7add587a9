import logging
from dataclasses import asdict
from decimal import Decimal
from urllib.parse import urljoin

from ..base_plugin import BasePlugin
from . import (
    AvataxConfiguration,
    api_post_request,
    generate_request_data_from_checkout,
    get_api_url,
)
from .tasks import api_post_request_task

logger = logging.getLogger(__name__)


class AvataxPlugin(BasePlugin):
    PLUGIN_NAME = "Avalara"
    PLUGIN_ID = "cartwell.plugins.avatax"
    DEFAULT_ACTIVE = False
    DEFAULT_CONFIGURATION = [
        {"name": "Username or account", "value": None},
        {"name": "Password or license", "value": None},
        {"name": "Use sandbox", "value": True},
        {"name": "Company name", "value": "DEFAULT"},
        {"name": "Autocommit", "value": False},
    ]

    @property
    def config(self) -> AvataxConfiguration:
        return AvataxConfiguration(
            username_or_account=self.get_config_value("Username or account"),
            password_or_license=self.get_config_value("Password or license"),
            use_sandbox=self.get_config_value("Use sandbox"),
            company_name=self.get_config_value("Company name"),
            autocommit=self.get_config_value("Autocommit"),
        )

    def calculate_checkout_total(self, checkout, previous_value):
        # Synchronous quote: runs inside the GraphQL request (api process).
        url = urljoin(get_api_url(self.config.use_sandbox), "transactions/createoradjust")
        data = generate_request_data_from_checkout(checkout, self.config)
        response = api_post_request(url, data, self.config)
        if not response or "error" in response:
            return previous_value
        return Decimal(str(response.get("totalAmount", previous_value)))

    def order_created(self, order, previous_value):
        # Committing the transaction is deferred to the worker.
        url = urljoin(get_api_url(self.config.use_sandbox), "transactions/createoradjust")
        data = {
            "createTransactionModel": {
                "code": str(order.pk),
                "type": "SalesInvoice",
                "commit": self.config.autocommit,
                "companyCode": self.config.company_name,
            }
        }
        api_post_request_task.delay(url, data, asdict(self.config), order.pk)
        return previous_value
