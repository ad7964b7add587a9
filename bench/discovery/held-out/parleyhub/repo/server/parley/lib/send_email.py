import logging
from email.headerregistry import Address
from typing import Any, Dict, List, Optional

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.template.loader import render_to_string

from parley.lib.queue import queue_json_publish

logger = logging.getLogger("parley.send_email")


class EmailNotDeliveredError(Exception):
    pass


class FakeEmailBackend(BaseEmailBackend):
    """Used when EMAIL_HOST is unset: logs instead of sending."""

    def send_messages(self, email_messages: List[Any]) -> int:
        for message in email_messages:
            logger.info("Would have sent %r to %s", message.subject, message.to)
        return len(email_messages)


def build_email(template_prefix: str, to_emails: List[str], from_address: Optional[str], context: Dict[str, Any]) -> EmailMultiAlternatives:
    subject = render_to_string(template_prefix + ".subject.txt", context).strip()
    text = render_to_string(template_prefix + ".txt", context)
    html = render_to_string(template_prefix + ".html", context)
    from_email = str(Address(display_name="Parleyhub", addr_spec=from_address or settings.DEFAULT_FROM_EMAIL))
    mail = EmailMultiAlternatives(subject, text, from_email, to_emails)
    mail.attach_alternative(html, "text/html")
    return mail


def send_email(template_prefix: str, to_emails: List[str], from_address: Optional[str] = None, context: Dict[str, Any] = {}, connection: Optional[BaseEmailBackend] = None) -> None:
    mail = build_email(template_prefix, to_emails, from_address, context)
    if connection is None:
        connection = get_connection()  # SMTP to settings.EMAIL_HOST:EMAIL_PORT
    if connection.send_messages([mail]) == 0:
        raise EmailNotDeliveredError


def send_future_email(template_prefix: str, to_emails: List[str], context: Dict[str, Any]) -> None:
    queue_json_publish("email_senders", {"template_prefix": template_prefix, "to_emails": to_emails, "context": context})
