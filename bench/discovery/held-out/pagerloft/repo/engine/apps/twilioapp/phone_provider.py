import logging

from django.conf import settings
from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

from apps.phone_notifications.phone_provider import PhoneProvider

logger = logging.getLogger(__name__)


class TwilioPhoneProvider(PhoneProvider):
    """SMS and voice via Twilio (api.twilio.com), number verification via Twilio Verify."""

    def _client(self) -> Client:
        if settings.TWILIO_API_KEY_SID and settings.TWILIO_API_KEY_SECRET:
            return Client(settings.TWILIO_API_KEY_SID, settings.TWILIO_API_KEY_SECRET, settings.TWILIO_ACCOUNT_SID)
        return Client(settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN)

    def make_notification_call(self, number: str, message: str) -> None:
        twiml = f'<Response><Say voice="alice">{message}</Say></Response>'
        try:
            self._client().calls.create(
                to=number,
                from_=settings.TWILIO_NUMBER,
                twiml=twiml,
                status_callback=f"{settings.BASE_URL}/twilioapp/call_status_events",
            )
        except TwilioRestException as e:
            logger.error("twilio call to %s failed: %s", number, e)
            raise

    def send_notification_sms(self, number: str, message: str) -> None:
        self._client().messages.create(
            body=message,
            to=number,
            from_=settings.TWILIO_NUMBER,
            status_callback=f"{settings.BASE_URL}/twilioapp/sms_status_events",
        )

    def send_verification_sms(self, number: str) -> None:
        self._client().verify.v2.services(settings.TWILIO_VERIFY_SERVICE_SID).verifications.create(
            to=number, channel="sms"
        )

    def finish_verification(self, number: str, code: str) -> bool:
        check = self._client().verify.v2.services(settings.TWILIO_VERIFY_SERVICE_SID).verification_checks.create(
            to=number, code=code
        )
        return check.status == "approved"
