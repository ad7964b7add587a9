import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from sprintloom.base.mails import mail_builder
from sprintloom.events import events

from .models import HistoryChangeNotification


def analize_object_for_watchers(obj, user):
    # mentions, watchers... (trimmed)
    return None


@transaction.atomic
def send_notifications(obj, *, history_user):
    key = f"{obj._meta.app_label}.{obj._meta.model_name}:{obj.pk}"
    notification, _ = HistoryChangeNotification.objects.select_for_update().get_or_create(
        key=key, owner=history_user, project=obj.project,
    )
    for user in obj.project.members.all() if hasattr(obj.project, "members") else []:
        notification.notify_users.add(user)
        events.emit_event_for_user_notification(user.id, event_type="notification")

    # If CHANGE_NOTIFICATIONS_MIN_INTERVAL is 0 (dev), send right away from the API process
    if not settings.CHANGE_NOTIFICATIONS_MIN_INTERVAL:
        send_sync_notifications(notification.id)


def _send_notification(notification):
    for user in notification.notify_users.distinct():
        email = mail_builder.userstory_change(user, {"key": notification.key, "project": notification.project})
        email.send()
    notification.delete()


def send_sync_notifications(notification_id):
    notification = HistoryChangeNotification.objects.select_for_update().get(pk=notification_id)
    _send_notification(notification)


def send_bulk_email():
    delta = datetime.timedelta(seconds=settings.CHANGE_NOTIFICATIONS_MIN_INTERVAL)
    now = timezone.now()
    qs = HistoryChangeNotification.objects.filter(updated_datetime__lte=now - delta)
    for notification in qs:
        _send_notification(notification)
