from vizdash.reports.models import ReportRecipients
from vizdash.reports.notifications.base import BaseNotification, NotificationContent
from vizdash.reports.notifications.email import EmailNotification  # noqa: F401
from vizdash.reports.notifications.slack import SlackNotification  # noqa: F401


def create_notification(
    recipient: ReportRecipients, notification_content: NotificationContent
) -> BaseNotification:
    """
    Notification polymorphic factory
    Returns the Notification class for the recipient type
    """
    for plugin in BaseNotification.plugins:
        if plugin.type == recipient.type:
            return plugin(recipient, notification_content)
    raise Exception(  # pylint: disable=broad-exception-raised
        f"Recipient type not supported: {recipient.type}"
    )
