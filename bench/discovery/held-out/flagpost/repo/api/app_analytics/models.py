from django.db import models


class APIUsageRaw(models.Model):
    environment_id = models.PositiveIntegerField()
    host = models.CharField(max_length=255)
    resource = models.PositiveSmallIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)


class FeatureEvaluationRaw(models.Model):
    feature_name = models.CharField(max_length=2000)
    environment_id = models.PositiveIntegerField()
    evaluation_count = models.IntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
