from typing import Any


class BasePlugin:
    """Base class for Cartwell plugins.

    Every hook receives `previous_value` and returns the (possibly modified) value;
    the manager chains them in the order defined by settings.PLUGINS.
    """

    PLUGIN_ID = ""
    PLUGIN_NAME = ""
    DEFAULT_CONFIGURATION: list[dict[str, Any]] = []
    DEFAULT_ACTIVE = False
    CONFIGURATION_PER_CHANNEL = True

    def __init__(self, *, configuration, active, channel=None, requestor_getter=None):
        self.configuration = configuration
        self.active = active
        self.channel = channel
        self.requestor_getter = requestor_getter

    def get_config_value(self, name):
        for item in self.configuration:
            if item["name"] == name:
                return item["value"]
        return None

    def calculate_checkout_total(self, checkout, previous_value):
        return NotImplemented

    def process_payment(self, payment_information, previous_value):
        return NotImplemented

    def order_created(self, order, previous_value):
        return NotImplemented

    def notify(self, event, payload, previous_value):
        return NotImplemented
