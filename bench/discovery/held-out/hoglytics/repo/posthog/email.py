from typing import Dict, List, Optional

import json
from typing import Any

from django.conf import settings
from django.core import mail
from django.core.mail.backends.smtp import EmailBackend
from django.template.loader import get_template
from django.utils import timezone


def get_instance_setting(key: str) -> Any:
    """Instance settings saved from the UI (posthog_instancesetting) win over env defaults."""
    from django.db import connection

    assert key in settings.CONSTANCE_CONFIG, f"Unknown dynamic setting: {repr(key)}"
    with connection.cursor() as cursor:
        cursor.execute("SELECT raw_value FROM posthog_instancesetting WHERE key = %s", [key])
        row = cursor.fetchone()
    if row is not None:
        return json.loads(row[0])
    return settings.CONSTANCE_CONFIG[key][0]



def is_email_available(with_absolute_urls: bool = False) -> bool:
    return bool(get_instance_setting("EMAIL_ENABLED") and get_instance_setting("EMAIL_HOST"))


def _get_connection() -> EmailBackend:
    """Open an SMTP connection to the configured relay (instance setting, env var as default)."""
    return EmailBackend(
        host=get_instance_setting("EMAIL_HOST"),
        port=get_instance_setting("EMAIL_PORT"),
        username=settings.EMAIL_HOST_USER,
        password=settings.EMAIL_HOST_PASSWORD,
        use_tls=settings.EMAIL_USE_TLS,
        use_ssl=settings.EMAIL_USE_SSL,
    )


def _send_email(campaign_key: str, to: List[Dict[str, str]], subject: str, headers: Dict, txt_body: str, html_body: str) -> None:
    """Runs inside the Celery worker (see posthog/tasks/email.py)."""
    messages = []
    for dest in to:
        email_message = mail.EmailMultiAlternatives(
            subject=subject,
            body=txt_body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[dest["raw_email"]],
            headers=headers,
            reply_to=[settings.EMAIL_REPLY_TO] if settings.EMAIL_REPLY_TO else None,
        )
        email_message.attach_alternative(html_body, "text/html")
        messages.append(email_message)

    connection = _get_connection()
    connection.open()
    connection.send_messages(messages)
    connection.close()


class EmailMessage:
    def __init__(self, campaign_key: str, subject: str, template_name: str, template_context: Optional[Dict] = None):
        self.campaign_key = campaign_key
        self.subject = subject
        template = get_template(f"email/{template_name}.html")
        self.html_body = template.render({**(template_context or {}), "utc_now": timezone.now()})
        self.txt_body = ""
        self.headers: Dict = {}
        self.to: List[Dict[str, str]] = []

    def add_recipient(self, email: str, name: Optional[str] = None) -> None:
        self.to.append({"recipient": f'"{name}" <{email}>' if name else email, "raw_email": email})

    def send(self) -> None:
        """Always asynchronous: the web process never opens SMTP connections itself."""
        from posthog.tasks.email import send_email_task

        send_email_task.delay(
            campaign_key=self.campaign_key,
            to=self.to,
            subject=self.subject,
            headers=self.headers,
            txt_body=self.txt_body,
            html_body=self.html_body,
        )
