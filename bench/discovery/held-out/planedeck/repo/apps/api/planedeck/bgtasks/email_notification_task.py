import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import strip_tags

from planedeck.db.models import EmailNotificationLog, Issue

logger = logging.getLogger("planedeck.worker")


def get_email_connection():
    return get_connection(
        host=settings.EMAIL_HOST,
        port=settings.EMAIL_PORT,
        username=settings.EMAIL_HOST_USER,
        password=settings.EMAIL_HOST_PASSWORD,
        use_tls=settings.EMAIL_USE_TLS,
        use_ssl=settings.EMAIL_USE_SSL,
    )


@shared_task
def issue_activity_notification(issue_id, actor_id, project_id, epoch):
    issue = Issue.objects.select_related("project").get(pk=issue_id)
    for assignee in issue.assignees.exclude(id=actor_id):
        EmailNotificationLog.objects.create(
            receiver=assignee,
            entity_identifier=issue.id,
            data={"issue": {"name": issue.name, "sequence_id": issue.sequence_id}, "actor_id": actor_id},
        )


@shared_task
def stack_email_notification():
    email_notifications = (
        EmailNotificationLog.objects.filter(processed_at__isnull=True).order_by("receiver").values()
    )
    receivers = {}
    for n in email_notifications:
        receivers.setdefault(n["receiver_id"], []).append(n)
    for receiver_id, notifications in receivers.items():
        send_email_notification.delay(receiver_id=str(receiver_id), ids=[str(n["id"]) for n in notifications])
    EmailNotificationLog.objects.filter(pk__in=[n["id"] for n in email_notifications]).update(
        processed_at=timezone.now()
    )


@shared_task
def send_email_notification(receiver_id, ids):
    logs = EmailNotificationLog.objects.filter(pk__in=ids).select_related("receiver")
    if not logs:
        return
    receiver = logs[0].receiver
    context = {"notifications": [log.data for log in logs], "base_url": settings.APP_BASE_URL}
    html_content = render_to_string("emails/notifications/issue-updates.html", context)
    text_content = strip_tags(html_content)
    try:
        msg = EmailMultiAlternatives(
            subject=f"{len(context['notifications'])} updates on your work items",
            body=text_content,
            from_email=settings.EMAIL_FROM,
            to=[receiver.email],
            connection=get_email_connection(),
        )
        msg.attach_alternative(html_content, "text/html")
        msg.send()
        logs.update(sent_at=timezone.now())
        logger.info("Email Sent Successfully")
    except Exception as e:
        logger.exception(e)
