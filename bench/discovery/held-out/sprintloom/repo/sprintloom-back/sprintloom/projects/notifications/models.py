from django.conf import settings
from django.db import models


class HistoryChangeNotification(models.Model):
    key = models.CharField(max_length=255)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    project = models.ForeignKey("projects.Project", on_delete=models.CASCADE)
    created_datetime = models.DateTimeField(auto_now_add=True)
    updated_datetime = models.DateTimeField(auto_now=True)
    notify_users = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="+")

    class Meta:
        app_label = "notifications"
