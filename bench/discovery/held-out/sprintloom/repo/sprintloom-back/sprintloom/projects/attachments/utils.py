from django.conf import settings
from django.core import signing


def get_attachment_token(attachment):
    # sprintloom-protected checks this token with the same SECRET_KEY and MAX_AGE
    return signing.dumps(attachment.attached_file.name, salt="attachments")


def get_attachment_url(attachment):
    token = get_attachment_token(attachment)
    return f"{settings.MEDIA_URL}{attachment.attached_file.name}?token={token}"
