import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template import Context, Template

from common.cache import rate_limited

logger = logging.getLogger(__name__)

EMAIL_HTML_TEMPLATE = Template(
    """<html><body>
<h2>{{ alert_group.title }}</h2>
<p>An alert group needs your attention.</p>
<p><a href="{{ alert_group.web_link }}">Open in Pagerloft</a></p>
</body></html>"""
)


def get_email_connection():
    return get_connection(
        host=settings.EMAIL_HOST,
        port=settings.EMAIL_PORT,
        username=settings.EMAIL_HOST_USER,
        password=settings.EMAIL_HOST_PASSWORD,
        use_tls=settings.EMAIL_USE_TLS,
        use_ssl=settings.EMAIL_USE_SSL,
        fail_silently=False,
        timeout=10,
    )


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def notify_user_by_email(user_id: int, alert_group_pk: int) -> None:
    if not settings.FEATURE_EMAIL_INTEGRATION_ENABLED:
        return
    from django.core.cache import cache

    from apps.alerts.models import AlertGroup

    if rate_limited(f"email:{user_id}", settings.EMAIL_NOTIFICATIONS_LIMIT, 86400):
        logger.warning("email limit reached for user %s", user_id)
        return

    email = cache.get(f"user_email:{user_id}")
    if not email:
        return
    alert_group = AlertGroup.objects.get(pk=alert_group_pk)
    subject = f"You are invited to check an alert group: {alert_group.title}"
    html = EMAIL_HTML_TEMPLATE.render(Context({"alert_group": alert_group}))

    message = EmailMultiAlternatives(
        subject=subject,
        body=alert_group.web_link,
        from_email=settings.EMAIL_FROM_ADDRESS,
        to=[email],
        connection=get_email_connection(),
    )
    message.attach_alternative(html, "text/html")
    message.send()
