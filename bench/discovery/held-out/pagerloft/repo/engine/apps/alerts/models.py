from django.db import models


class AlertReceiveChannel(models.Model):
    """An integration: alerts arrive on /integrations/v1/<integration>/<token>/."""

    INTEGRATION_ALERTMANAGER = "alertmanager"
    INTEGRATION_GRAFANA_ALERTING = "grafana_alerting"
    INTEGRATION_WEBHOOK = "webhook"

    organization_id = models.IntegerField()
    integration = models.CharField(max_length=100)
    token = models.CharField(max_length=64, unique=True, db_index=True)
    verbal_name = models.CharField(max_length=150)


class AlertGroup(models.Model):
    NEW, ACKNOWLEDGED, RESOLVED, SILENCED = range(4)

    channel = models.ForeignKey(AlertReceiveChannel, on_delete=models.CASCADE, related_name="alert_groups")
    state = models.IntegerField(default=NEW)
    title = models.TextField(default="")
    started_at = models.DateTimeField(auto_now_add=True)
    escalation_step = models.IntegerField(default=0)
    slack_message_ts = models.CharField(max_length=100, null=True)
    telegram_chat_id = models.CharField(max_length=100, null=True)

    @property
    def web_link(self) -> str:
        from django.conf import settings

        return f"{settings.BASE_URL}/a/pagerloft-app/alert-groups/{self.pk}"


class Alert(models.Model):
    group = models.ForeignKey(AlertGroup, on_delete=models.CASCADE, related_name="alerts")
    raw_request_data = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)


class UserNotificationPolicy(models.Model):
    SLACK, SMS, PHONE_CALL, TELEGRAM, EMAIL, MOBILE_PUSH = range(6)

    user_id = models.IntegerField()
    step = models.IntegerField()
    notify_by = models.IntegerField(default=SLACK)
    order = models.PositiveIntegerField(default=0)
