import logging
from abc import ABC, abstractmethod
from functools import lru_cache

from django.conf import settings
from django.utils.module_loading import import_string

from common.cache import rate_limited

logger = logging.getLogger(__name__)

SMS_LIMIT_PER_HOUR = 20


class PhoneProvider(ABC):
    @abstractmethod
    def make_notification_call(self, number: str, message: str) -> None: ...

    @abstractmethod
    def send_notification_sms(self, number: str, message: str) -> None: ...

    @abstractmethod
    def send_verification_sms(self, number: str) -> None: ...

    @abstractmethod
    def finish_verification(self, number: str, code: str) -> bool: ...


@lru_cache
def get_phone_provider() -> PhoneProvider:
    """Phone provider chosen by settings.PHONE_PROVIDER (default "twilio")."""
    return import_string(settings.PHONE_PROVIDERS[settings.PHONE_PROVIDER])()


class PhoneBackend:
    def __init__(self):
        self.provider = get_phone_provider()

    def _user_number(self, user_id: int) -> str | None:
        from django.core.cache import cache

        return cache.get(f"verified_phone_number:{user_id}")

    def notify_by_sms(self, user_id: int, alert_group) -> None:
        number = self._user_number(user_id)
        if not number:
            logger.info("user %s has no verified number", user_id)
            return
        if rate_limited(f"sms:{user_id}", SMS_LIMIT_PER_HOUR, 3600):
            logger.warning("sms limit reached for user %s", user_id)
            return
        self.provider.send_notification_sms(number, f"Pagerloft alert: {alert_group.title}")

    def notify_by_call(self, user_id: int, alert_group) -> None:
        number = self._user_number(user_id)
        if number:
            self.provider.make_notification_call(
                number, f"You are invited to check an alert group from Pagerloft: {alert_group.title}"
            )
