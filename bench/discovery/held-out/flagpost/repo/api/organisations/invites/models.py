from django.conf import settings
from django.db import models
from django.utils.crypto import get_random_string


class Invite(models.Model):
    email = models.EmailField()
    hash = models.CharField(max_length=100, default=lambda: get_random_string(length=32), unique=True)
    organisation = models.ForeignKey("organisations.Organisation", related_name="invites", on_delete=models.CASCADE)
    date_created = models.DateTimeField(auto_now_add=True)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)

    def get_invite_link(self) -> str:
        return f"https://{settings.FLAGPOST_DOMAIN}/invite/{self.hash}"
