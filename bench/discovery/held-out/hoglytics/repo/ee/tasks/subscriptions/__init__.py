from datetime import timedelta

import structlog
from celery import shared_task
from django.utils import timezone

from posthog.email import EmailMessage
from ee.tasks.subscriptions.slack_subscriptions import send_slack_subscription_report

logger = structlog.get_logger(__name__)


def send_email_subscription_report(subscription) -> None:
    for email in subscription.target_value.split(","):
        message = EmailMessage(
            campaign_key=f"subscription_report_{subscription.id}_{subscription.next_delivery_date.isoformat()}",
            subject=f"Hoglytics report - {subscription.resource_title}",
            template_name="subscription_report",
            template_context={"subscription": subscription},
        )
        message.add_recipient(email=email.strip())
        # We are already inside the worker; send() enqueues send_email_task which runs SMTP.
        message.send()


@shared_task(name="ee.tasks.subscriptions.schedule_all_subscriptions")
def schedule_all_subscriptions() -> None:
    from ee.models.subscription import Subscription

    now_with_buffer = timezone.now() + timedelta(minutes=15)
    for subscription in Subscription.objects.filter(next_delivery_date__lte=now_with_buffer, deleted=False):
        deliver_subscription_report.delay(subscription.id)


@shared_task(soft_time_limit=60 * 5)
def deliver_subscription_report(subscription_id: int) -> None:
    from ee.models.subscription import Subscription

    subscription = Subscription.objects.get(pk=subscription_id)
    if subscription.target_type == "email":
        send_email_subscription_report(subscription)
    elif subscription.target_type == "slack":
        send_slack_subscription_report(subscription)
    # elif subscription.target_type == "msteams":
    #     send_teams_subscription_report(subscription)   # needs Graph API app, not shipped
    subscription.set_next_delivery_date()
    subscription.save()
