import logging

from django.conf import settings
from django.core.mail import get_connection, send_mail
from django.core.mail.backends.smtp import EmailBackend

logger = logging.getLogger('boxnet.email')

__all__ = (
    'get_mail_connection',
    'send_boxnet_mail',
)


def get_mail_connection():
    """
    Open an SMTP connection to the relay defined by EMAIL['SERVER'] / EMAIL['PORT'].
    """
    return get_connection(
        backend='django.core.mail.backends.smtp.EmailBackend',
        host=settings.EMAIL_HOST,
        port=settings.EMAIL_PORT,
        username=settings.EMAIL_HOST_USER,
        password=settings.EMAIL_HOST_PASSWORD,
        use_tls=settings.EMAIL_USE_TLS,
        use_ssl=settings.EMAIL_USE_SSL,
        timeout=settings.EMAIL_TIMEOUT,
    )


def send_boxnet_mail(subject, message, recipients, fail_silently=False):
    """
    Send a plain-text email through the configured SMTP server.
    """
    connection = get_mail_connection()
    sent = send_mail(
        subject=f"{settings.EMAIL_SUBJECT_PREFIX}{subject}",
        message=message,
        from_email=settings.SERVER_EMAIL,
        recipient_list=recipients,
        connection=connection,
        fail_silently=fail_silently,
    )
    logger.debug(f"Sent {sent} email(s) via {settings.EMAIL_HOST}:{settings.EMAIL_PORT}")
    return sent
