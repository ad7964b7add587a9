import logging

from django.template.loader import render_to_string

from ...celeryconf import app
from ...core.emails import get_email_context, prepare_sender, send_templated_mail

logger = logging.getLogger(__name__)


def _send(recipient_email, template, subject, payload, sender):
    context = {**get_email_context(), **payload}
    html = render_to_string(f"user_email/{template}.html", context)
    plain = render_to_string(f"user_email/{template}.txt", context)
    from_email = (
        prepare_sender(sender.get("name"), sender["address"])
        if sender.get("address")
        else None
    )
    send_templated_mail([recipient_email], subject, html, plain, sender=from_email)


@app.task(compression="zlib")
def send_order_confirmation_email_task(recipient_email, payload, sender):
    _send(recipient_email, "order_confirmation", "Order confirmation", payload, sender)
    logger.info("Order confirmation email sent to %s", recipient_email)


@app.task(compression="zlib")
def send_password_reset_email_task(recipient_email, payload, sender):
    _send(recipient_email, "password_reset", "Reset your password", payload, sender)
