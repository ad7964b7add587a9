from unittest import mock

from tremor.utils.email import MessageBuilder


@mock.patch("smtplib.SMTP")
def test_send_uses_configured_host(smtp):
    MessageBuilder(subject="hi", body="body").send(to=["a@example.com"])
    smtp.assert_called_with("smtp", 25, timeout=10)
