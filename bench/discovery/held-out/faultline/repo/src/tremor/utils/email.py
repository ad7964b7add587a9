from __future__ import annotations

import logging
import smtplib
from email.message import EmailMessage

from django.conf import settings

from tremor import options

logger = logging.getLogger("tremor.mail")


def get_mail_connection_params() -> tuple[str, int, dict]:
    # EMAIL_HOST is bridged from the `mail.host` option (config.yml -> 'smtp')
    host = options.get("mail.host") or getattr(settings, "EMAIL_HOST", "localhost")
    port = int(options.get("mail.port") or 25)
    auth = {
        "username": options.get("mail.username") or "",
        "password": options.get("mail.password") or "",
        "use_tls": bool(options.get("mail.use-tls")),
    }
    return host, port, auth


def is_smtp_enabled() -> bool:
    return (options.get("mail.backend") or "smtp") in ("smtp", "django.core.mail.backends.smtp.EmailBackend")


class MessageBuilder:
    def __init__(self, subject: str, body: str, html_body: str | None = None, reply_to: str | None = None):
        self.subject = subject
        self.body = body
        self.html_body = html_body
        self.reply_to = reply_to

    def build(self, to: list[str]) -> EmailMessage:
        msg = EmailMessage()
        msg["Subject"] = settings.EMAIL_SUBJECT_PREFIX + self.subject
        msg["From"] = options.get("mail.from") or settings.SERVER_EMAIL
        msg["To"] = ", ".join(to)
        if self.reply_to:
            msg["Reply-To"] = self.reply_to
        msg.set_content(self.body)
        if self.html_body:
            msg.add_alternative(self.html_body, subtype="html")
        return msg

    def send(self, to: list[str]) -> None:
        if not is_smtp_enabled():
            logger.info("mail.backend is not smtp; dropping message %r", self.subject)
            return
        host, port, auth = get_mail_connection_params()
        with smtplib.SMTP(host, port, timeout=10) as conn:
            if auth["use_tls"]:
                conn.starttls()
            if auth["username"]:
                conn.login(auth["username"], auth["password"])
            conn.send_message(self.build(to))

    def send_async(self, to: list[str]) -> None:
        from tremor.tasks.email import send_email

        send_email.delay(subject=self.subject, body=self.body, html_body=self.html_body, to=to)
