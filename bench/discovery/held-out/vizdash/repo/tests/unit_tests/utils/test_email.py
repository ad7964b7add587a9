from email.mime.multipart import MIMEMultipart
from unittest import mock

from vizdash.utils.core import send_email_smtp, send_mime_email

CONFIG = {
    "SMTP_HOST": "localhost",
    "SMTP_PORT": 25,
    "SMTP_USER": "vizdash",
    "SMTP_PASSWORD": "vizdash",
    "SMTP_STARTTLS": True,
    "SMTP_SSL": False,
    "SMTP_SSL_SERVER_AUTH": False,
    "SMTP_MAIL_FROM": "from@example.com",
    "EMAIL_HEADER_MUTATOR": lambda msg, **kwargs: msg,
}


@mock.patch("vizdash.utils.core.send_mime_email")
def test_send_smtp(mock_send_mime) -> None:
    send_email_smtp("to@example.com", "subject", "content", CONFIG)
    assert mock_send_mime.called
    call_args = mock_send_mime.call_args[0]
    assert call_args[0] == "from@example.com"
    assert call_args[1] == ["to@example.com"]


@mock.patch("smtplib.SMTP_SSL")
@mock.patch("smtplib.SMTP")
def test_send_mime(mock_smtp, mock_smtp_ssl) -> None:
    mock_smtp.return_value = mock.Mock()
    mock_smtp_ssl.return_value = mock.Mock()
    msg = MIMEMultipart()
    send_mime_email("from", ["to"], msg, CONFIG, dryrun=False)
    mock_smtp.assert_called_with("localhost", 25)
    assert mock_smtp.return_value.starttls.called
    mock_smtp.return_value.login.assert_called_with("vizdash", "vizdash")
    mock_smtp.return_value.sendmail.assert_called_with("from", ["to"], msg.as_string())
    assert mock_smtp.return_value.quit.called


@mock.patch("smtplib.SMTP")
def test_send_mime_dryrun(mock_smtp) -> None:
    send_mime_email("from", ["to"], MIMEMultipart(), CONFIG, dryrun=True)
    assert not mock_smtp.called
