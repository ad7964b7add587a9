import logging

from flask import render_template
from itsdangerous import URLSafeTimedSerializer, SignatureExpired, BadSignature

from redash import settings
from redash.tasks import send_mail
from redash.utils import base_url

logger = logging.getLogger(__name__)
serializer = URLSafeTimedSerializer(settings.SECRET_KEY or "placeholder")


def invite_token(user):
    return serializer.dumps(str(user.id))


def validate_token(token):
    try:
        user_id = serializer.loads(token, max_age=settings.INVITATION_TOKEN_MAX_AGE)
        return user_id
    except (SignatureExpired, BadSignature):
        return None


def reset_link_for_user(user):
    return "{}/reset/{}".format(base_url(user.org), invite_token(user))


def send_verify_email(user, org):
    context = {"user": user, "verify_url": "{}/verify/{}".format(base_url(org), invite_token(user))}
    html_content = render_template("emails/verify.html", **context)
    text_content = render_template("emails/verify.txt", **context)
    subject = "{}, please verify your email address".format(user.name)
    send_mail.delay([user.email], subject, html_content, text_content)


def send_password_reset_email(user):
    reset_link = reset_link_for_user(user)
    context = dict(user=user, reset_link=reset_link)
    html_content = render_template("emails/reset.html", **context)
    text_content = render_template("emails/reset.txt", **context)
    subject = "Reset your password"
    # Enqueued on the "emails" queue; the `worker` container delivers it over SMTP.
    send_mail.delay([user.email], subject, html_content, text_content)
    return reset_link


def send_user_disabled_email(user):
    html_content = render_template("emails/reset_disabled.html", user=user)
    text_content = render_template("emails/reset_disabled.txt", user=user)
    subject = "Your Redash account is disabled"
    send_mail.delay([user.email], subject, html_content, text_content)
