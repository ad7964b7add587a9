from unittest import mock

from django.test import override_settings

from apps.phone_notifications.phone_provider import get_phone_provider
from apps.twilioapp.phone_provider import TwilioPhoneProvider


@override_settings(PHONE_PROVIDER="twilio")
def test_default_provider_is_twilio():
    get_phone_provider.cache_clear()
    assert isinstance(get_phone_provider(), TwilioPhoneProvider)


@override_settings(TWILIO_NUMBER="+15550001111", BASE_URL="https://pagerloft.example.com")
def test_sms_uses_configured_number():
    provider = TwilioPhoneProvider()
    with mock.patch("apps.twilioapp.phone_provider.Client") as client_cls:
        provider.send_notification_sms("+15559998888", "hello")
    client_cls.return_value.messages.create.assert_called_once()
    kwargs = client_cls.return_value.messages.create.call_args.kwargs
    assert kwargs["from_"] == "+15550001111"
    assert kwargs["to"] == "+15559998888"
