from email.headerregistry import Address
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection


def get_email_context():
    site = settings.SITE_NAME if hasattr(settings, "SITE_NAME") else "Cartwell"
    return {"site_name": site, "domain": getattr(settings, "PUBLIC_URL", "")}


def prepare_sender(sender_name: str | None, sender_address: str) -> str:
    name = sender_name or "Cartwell"
    _, address = parseaddr(sender_address)
    username, domain = address.split("@")
    return str(Address(name, username=username, domain=domain))


def send_templated_mail(recipient_list, subject, html_body, plain_body, sender=None):
    """Send a rendered email over the SMTP server configured by EMAIL_URL.

    Only ever called from Celery tasks (see plugins/*_email/tasks.py), never inline
    in a GraphQL mutation.
    """
    connection = get_connection()
    message = EmailMultiAlternatives(
        subject=subject,
        body=plain_body,
        from_email=sender or settings.DEFAULT_FROM_EMAIL,
        to=recipient_list,
        connection=connection,
    )
    message.attach_alternative(html_body, "text/html")
    message.send()
