import logging

from django.conf import settings
from django.template.loader import render_to_string

from utilities.email import send_boxnet_mail

logger = logging.getLogger('boxnet.notifications')


def notify_subscribers(obj, event_type, users):
    """
    Send an email notification to every user subscribed to the given object. Called from the
    request/response cycle when an object change is committed.
    """
    recipients = [u.email for u in users if u.email]
    if not recipients:
        return

    subject = f"{obj._meta.verbose_name} {obj} was {event_type}"
    body = render_to_string('extras/notifications/email.txt', {
        'object': obj,
        'event_type': event_type,
        'base_url': settings.BASE_PATH,
    })
    send_boxnet_mail(subject, body, recipients)
    logger.info(f"Sent {event_type} notification for {obj} to {len(recipients)} subscriber(s)")
