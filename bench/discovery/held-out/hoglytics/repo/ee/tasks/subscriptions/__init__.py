from datetime import timedelta

import structlog
from celery import shared_task
from django.utils import timezone

from ee.tasks.subscriptions.email_subscriptions import send_email_subscription_report
from ee.tasks.subscriptions.slack_subscriptions import send_slack_subscription_report

logger = structlog.get_logger(__name__)


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
