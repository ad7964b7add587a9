from django.db import models


class Webhook(models.Model):
    name = models.CharField(max_length=255, null=True, blank=True)
    app = models.ForeignKey("app.App", related_name="webhooks", on_delete=models.CASCADE)
    target_url = models.URLField(max_length=255)
    is_active = models.BooleanField(default=True)
    secret_key = models.CharField(max_length=255, null=True, blank=True)


class WebhookEvent(models.Model):
    webhook = models.ForeignKey(Webhook, related_name="events", on_delete=models.CASCADE)
    event_type = models.CharField("Event type", max_length=128, db_index=True)


class EventDelivery(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    event_type = models.CharField(max_length=255)
    payload = models.TextField()
    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE)
