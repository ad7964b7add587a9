from django.db import models


class QuerySubscription(models.Model):
    project_id = models.BigIntegerField(db_index=True)
    type = models.TextField()
    subscription_id = models.TextField(unique=True, null=True)  # id in strata
    status = models.SmallIntegerField(default=0)
    query = models.TextField()
    time_window = models.IntegerField()
    resolution = models.IntegerField()

    class Meta:
        app_label = "tremor"
        db_table = "tremor_querysubscription"


class AlertRule(models.Model):
    organization_id = models.BigIntegerField(db_index=True)
    name = models.TextField()
    strata_query_id = models.BigIntegerField()
    threshold_period = models.IntegerField(default=1)
    slack_channel = models.TextField(null=True)

    class Meta:
        app_label = "tremor"
        db_table = "tremor_alertrule"


class Incident(models.Model):
    alert_rule = models.ForeignKey(AlertRule, on_delete=models.SET_NULL, null=True)
    status = models.PositiveSmallIntegerField(default=1)
    date_started = models.DateTimeField()
    date_closed = models.DateTimeField(null=True)

    class Meta:
        app_label = "tremor"
        db_table = "tremor_incident"
