from django.conf import settings
from django.db import models


class UserStory(models.Model):
    ref = models.BigIntegerField(db_index=True, null=True)
    project = models.ForeignKey("projects.Project", related_name="user_stories", on_delete=models.CASCADE)
    subject = models.TextField()
    description = models.TextField(blank=True)
    assigned_to = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    status = models.CharField(max_length=50, default="new")
    external_reference = models.JSONField(null=True, blank=True)
    created_date = models.DateTimeField(auto_now_add=True)
    modified_date = models.DateTimeField(auto_now=True)

    class Meta:
        app_label = "userstories"
        ordering = ["project", "-ref"]
