import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils.html import strip_tags

from planedeck.bgtasks.email_notification_task import get_email_connection

logger = logging.getLogger("planedeck.worker")


@shared_task
def magic_link(email, key, token, current_site):
    subject = f"Your unique planedeck login code is {token}"
    context = {"code": token, "email": email, "current_site": current_site}
    html_content = render_to_string("emails/auth/magic_signin.html", context)
    text_content = strip_tags(html_content)

    msg = EmailMultiAlternatives(
        subject=subject,
        body=text_content,
        from_email=settings.EMAIL_FROM,
        to=[email],
        connection=get_email_connection(),
    )
    msg.attach_alternative(html_content, "text/html")
    msg.send()
    logger.info("Email sent successfully.")
