from django.conf import settings

from sprintloom.base.mails import mail_builder


def send_register_email(user) -> bool:
    """Sent synchronously from the API when a user signs up or is invited."""
    cancel_token = get_cancel_account_token(user)
    context = {"user": user, "cancel_token": cancel_token, "site": settings.SITES["front"]["domain"]}
    email = mail_builder.registered_user(user, context)
    return bool(email.send())


def send_password_recovery_email(user):
    email = mail_builder.password_recovery(user, {"user": user})
    email.send()


def get_cancel_account_token(user):
    from django.core import signing
    return signing.dumps({"user_%s_id" % "cancel_account": user.id})
