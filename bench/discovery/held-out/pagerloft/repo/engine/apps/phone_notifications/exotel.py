"""Exotel (India) phone provider. Selected with PHONE_PROVIDER=exotel."""
import requests
from django.conf import settings

from .phone_provider import PhoneProvider

EXOTEL_ENDPOINT = "https://{subdomain}/v1/Accounts/{sid}/"


class ExotelPhoneProvider(PhoneProvider):
    def _url(self, path: str) -> str:
        base = EXOTEL_ENDPOINT.format(subdomain=settings.EXOTEL_SUBDOMAIN, sid=settings.EXOTEL_ACCOUNT_SID)
        return base + path

    def _auth(self):
        return (settings.EXOTEL_API_KEY, settings.EXOTEL_API_TOKEN)

    def make_notification_call(self, number: str, message: str) -> None:
        requests.post(self._url("Calls/connect.json"), auth=self._auth(), data={"From": number}, timeout=10)

    def send_notification_sms(self, number: str, message: str) -> None:
        requests.post(self._url("Sms/send.json"), auth=self._auth(), data={"To": number, "Body": message}, timeout=10)

    def send_verification_sms(self, number: str) -> None:
        raise NotImplementedError("Exotel does not support number verification")

    def finish_verification(self, number: str, code: str) -> bool:
        raise NotImplementedError("Exotel does not support number verification")
