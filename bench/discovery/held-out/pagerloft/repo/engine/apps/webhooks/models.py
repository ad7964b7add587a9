from django.db import models


class Webhook(models.Model):
    """Outgoing webhook configured by a user in the Pagerloft UI. URL and headers are user data."""

    TRIGGER_ALERT_GROUP_CREATED, TRIGGER_ACKNOWLEDGE, TRIGGER_RESOLVE, TRIGGER_ESCALATION_STEP = range(4)

    organization_id = models.IntegerField()
    name = models.CharField(max_length=100)
    url = models.TextField()
    http_method = models.CharField(max_length=32, default="POST")
    headers = models.JSONField(null=True, blank=True)
    data = models.TextField(null=True, blank=True)  # Jinja2 template
    trigger_type = models.IntegerField(default=TRIGGER_ESCALATION_STEP)
    is_webhook_enabled = models.BooleanField(default=True)
    forward_all = models.BooleanField(default=True)
