"""Registry of messaging backends shown in user notification settings."""
from django.conf import settings

from apps.alerts.models import UserNotificationPolicy


class BaseMessagingBackend:
    backend_id: str = ""
    label: str = ""
    notify_by: int = -1

    def is_enabled(self) -> bool:
        return True


class SlackBackend(BaseMessagingBackend):
    backend_id, label, notify_by = "SLACK", "Slack", UserNotificationPolicy.SLACK

    def is_enabled(self) -> bool:
        return settings.FEATURE_SLACK_INTEGRATION_ENABLED


class TelegramBackend(BaseMessagingBackend):
    backend_id, label, notify_by = "TELEGRAM", "Telegram", UserNotificationPolicy.TELEGRAM

    def is_enabled(self) -> bool:
        return settings.FEATURE_TELEGRAM_INTEGRATION_ENABLED


class EmailBackend(BaseMessagingBackend):
    backend_id, label, notify_by = "EMAIL", "Email", UserNotificationPolicy.EMAIL

    def is_enabled(self) -> bool:
        return settings.FEATURE_EMAIL_INTEGRATION_ENABLED


class MobileAppBackend(BaseMessagingBackend):
    backend_id, label, notify_by = "MOBILE_APP", "Mobile push", UserNotificationPolicy.MOBILE_PUSH

    def is_enabled(self) -> bool:
        return settings.PAGERLOFT_CLOUD_NOTIFICATIONS_ENABLED or settings.FCM_RELAY_ENABLED


# Microsoft Teams was prototyped and dropped; kept for reference.
# class MSTeamsBackend(BaseMessagingBackend):
#     backend_id, label = "MSTEAMS", "Microsoft Teams"
#     CONNECTOR_URL = "https://outlook.office.com/webhook/{tenant}/IncomingWebhook/{hook}"
#
#     def notify(self, alert_group):
#         requests.post(self.CONNECTOR_URL.format(**self.config), json={"text": alert_group.title})

BACKENDS = [SlackBackend(), TelegramBackend(), EmailBackend(), MobileAppBackend()]  # , MSTeamsBackend()


def get_enabled_backends():
    return [b for b in BACKENDS if b.is_enabled()]
