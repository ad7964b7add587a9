from __future__ import annotations

from email import message_from_bytes  # noqa: F401
from pathlib import Path

from django.conf import settings
from django.core.mail import EmailMessage


def send_email(subject: str, body: str, to: list[str], attachments: list[Path] | None = None) -> int:
    """
    Sends through django's SMTP backend configured by settings.EMAIL_HOST /
    EMAIL_PORT (DOCUVAULT_EMAIL_*). Used by the share-by-mail view in the web
    process and by workflow email actions in the worker.
    """
    email = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
    )
    for attachment in attachments or []:
        email.attach_file(str(attachment))
    return email.send()
