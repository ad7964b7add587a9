from django.db import models


class PluginConfiguration(models.Model):
    identifier = models.CharField(max_length=128)
    name = models.CharField(max_length=128)
    channel = models.ForeignKey("channel.Channel", null=True, on_delete=models.CASCADE)
    active = models.BooleanField(default=False)
    configuration = models.JSONField(blank=True, null=True, default=dict)

    class Meta:
        unique_together = ("identifier", "channel")
