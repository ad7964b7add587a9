"""Bulk email to course cohorts. Runs on lms-worker (queue edx.lms.core.high_mem)."""
import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.message import EmailMultiAlternatives

from .models import CourseEmail

log = logging.getLogger(__name__)


@shared_task(bind=True, queue="edx.lms.core.high_mem", max_retries=5)
def send_course_email(self, email_id, to_list):
    email = CourseEmail.objects.get(id=email_id)
    connection = get_connection()  # EMAIL_BACKEND = smtp, EMAIL_HOST = settings.EMAIL_HOST
    connection.open()
    try:
        for recipient in to_list:
            msg = EmailMultiAlternatives(
                email.subject, email.text_message, settings.DEFAULT_FROM_EMAIL, [recipient["email"]],
                connection=connection,
            )
            msg.attach_alternative(email.html_message, "text/html")
            msg.send()
    except Exception as exc:  # smtplib errors
        log.warning("Bulk email %s failed, retrying: %s", email_id, exc)
        raise self.retry(exc=exc, countdown=60)
    finally:
        connection.close()
