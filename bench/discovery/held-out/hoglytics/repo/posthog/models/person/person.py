import uuid

from django.db import models


class Person(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True)
    team_id = models.IntegerField(db_index=True)
    properties = models.JSONField(default=dict)
    is_identified = models.BooleanField(default=False)
    version = models.BigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    is_deleted = models.BooleanField(default=False)

    class Meta:
        db_table = "posthog_person"
