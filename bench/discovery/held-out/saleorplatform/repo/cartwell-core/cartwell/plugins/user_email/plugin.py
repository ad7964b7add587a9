from ..base_plugin import BasePlugin
from .tasks import send_order_confirmation_email_task, send_password_reset_email_task

EVENT_MAP = {
    "order_confirmation": send_order_confirmation_email_task,
    "account_password_reset": send_password_reset_email_task,
}


class UserEmailPlugin(BasePlugin):
    PLUGIN_ID = "cartwell.plugins.user_email"
    PLUGIN_NAME = "User emails"
    DEFAULT_ACTIVE = True

    def notify(self, event, payload, previous_value):
        task = EVENT_MAP.get(event)
        if not task:
            return previous_value
        sender = {
            "name": self.get_config_value("sender_name"),
            "address": self.get_config_value("sender_address"),
        }
        task.delay(payload["recipient_email"], payload, sender)
        return previous_value
