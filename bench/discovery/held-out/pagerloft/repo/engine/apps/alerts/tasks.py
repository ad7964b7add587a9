import logging

from celery import shared_task
from django.conf import settings

from common.cache import cache_lock

logger = logging.getLogger(__name__)


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=10)
def create_alert(alert_receive_channel_pk: int, raw_request_data: dict) -> None:
    from apps.alerts.models import Alert, AlertGroup, AlertReceiveChannel

    channel = AlertReceiveChannel.objects.get(pk=alert_receive_channel_pk)
    labels = raw_request_data.get("labels", {})
    title = labels.get("alertname") or raw_request_data.get("title", "Untitled alert")

    alert_group, created = AlertGroup.objects.get_or_create(
        channel=channel, title=title, state=AlertGroup.NEW
    )
    Alert.objects.create(group=alert_group, raw_request_data=raw_request_data)
    if created:
        escalate_alert_group.apply_async((alert_group.pk,))
        _trigger_webhooks(alert_group, channel.organization_id)


def _trigger_webhooks(alert_group, organization_id: int) -> None:
    if not settings.FEATURE_WEBHOOKS_ENABLED:
        return
    from apps.webhooks.models import Webhook
    from apps.webhooks.tasks import execute_webhook

    for webhook_pk in Webhook.objects.filter(
        organization_id=organization_id,
        trigger_type=Webhook.TRIGGER_ALERT_GROUP_CREATED,
        is_webhook_enabled=True,
    ).values_list("pk", flat=True):
        execute_webhook.apply_async((webhook_pk, alert_group.pk))


ESCALATION_STEP_DELAY_SECONDS = 300


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=10)
def escalate_alert_group(alert_group_pk: int) -> None:
    from apps.alerts.models import AlertGroup

    with cache_lock(f"escalate_alert_group_{alert_group_pk}", timeout=120) as acquired:
        if not acquired:
            logger.info("escalation for alert group %s already running", alert_group_pk)
            return

        alert_group = AlertGroup.objects.select_related("channel").get(pk=alert_group_pk)
        if alert_group.state in (AlertGroup.RESOLVED, AlertGroup.ACKNOWLEDGED, AlertGroup.SILENCED):
            return

        from apps.slack.tasks import post_alert_group_to_slack

        if alert_group.escalation_step == 0:
            post_alert_group_to_slack.apply_async((alert_group.pk,))

        for user_id in _users_for_step(alert_group):
            notify_user_task.apply_async((user_id, alert_group.pk))

        alert_group.escalation_step += 1
        alert_group.save(update_fields=["escalation_step"])

        escalate_alert_group.apply_async((alert_group.pk,), countdown=ESCALATION_STEP_DELAY_SECONDS)


def _users_for_step(alert_group) -> list:
    # escalation chains/schedules are resolved here in the full product; simplified
    from apps.alerts.models import UserNotificationPolicy

    return list(
        UserNotificationPolicy.objects.filter(step=alert_group.escalation_step).values_list("user_id", flat=True).distinct()
    )


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def notify_user_task(user_id: int, alert_group_pk: int) -> None:
    from apps.alerts.models import UserNotificationPolicy

    for policy in UserNotificationPolicy.objects.filter(user_id=user_id).order_by("order"):
        perform_notification.apply_async((policy.pk, alert_group_pk))


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def perform_notification(policy_pk: int, alert_group_pk: int) -> None:
    from apps.alerts.models import AlertGroup, UserNotificationPolicy

    policy = UserNotificationPolicy.objects.get(pk=policy_pk)
    alert_group = AlertGroup.objects.get(pk=alert_group_pk)

    if policy.notify_by == UserNotificationPolicy.SLACK:
        from apps.slack.tasks import post_alert_group_to_slack

        post_alert_group_to_slack.apply_async((alert_group.pk,))
    elif policy.notify_by in (UserNotificationPolicy.SMS, UserNotificationPolicy.PHONE_CALL):
        from apps.phone_notifications.phone_provider import PhoneBackend

        backend = PhoneBackend()
        if policy.notify_by == UserNotificationPolicy.SMS:
            backend.notify_by_sms(policy.user_id, alert_group)
        else:
            backend.notify_by_call(policy.user_id, alert_group)
    elif policy.notify_by == UserNotificationPolicy.TELEGRAM and settings.FEATURE_TELEGRAM_INTEGRATION_ENABLED:
        from apps.telegram.tasks import send_alert_group_to_telegram

        send_alert_group_to_telegram.apply_async((policy.user_id, alert_group.pk))
    elif policy.notify_by == UserNotificationPolicy.EMAIL and settings.FEATURE_EMAIL_INTEGRATION_ENABLED:
        from apps.email.tasks import notify_user_by_email

        notify_user_by_email.apply_async((policy.user_id, alert_group.pk))
    elif policy.notify_by == UserNotificationPolicy.MOBILE_PUSH:
        from apps.mobile_app.tasks import send_push_notification

        send_push_notification.apply_async((policy.user_id, alert_group.pk))
    else:
        logger.warning("notification backend %s disabled, skipping", policy.notify_by)
