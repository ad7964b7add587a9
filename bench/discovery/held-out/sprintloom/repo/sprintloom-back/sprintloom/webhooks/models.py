from django.db import models


class Webhook(models.Model):
    project = models.ForeignKey("projects.Project", related_name="webhooks", on_delete=models.CASCADE)
    name = models.CharField(max_length=250)
    url = models.URLField()   # user supplied, arbitrary endpoint
    key = models.TextField()

    class Meta:
        app_label = "webhooks"
