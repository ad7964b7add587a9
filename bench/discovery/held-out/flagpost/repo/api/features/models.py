from django.db import models


class Feature(models.Model):
    name = models.CharField(max_length=2000)
    created_date = models.DateTimeField("DateCreated", auto_now_add=True)
    project = models.ForeignKey("projects.Project", related_name="features", on_delete=models.CASCADE)
    initial_value = models.CharField(max_length=20000, null=True, default=None, blank=True)
    description = models.TextField(null=True, blank=True)
    default_enabled = models.BooleanField(default=False)
    type = models.CharField(max_length=50, default="STANDARD")
    is_archived = models.BooleanField(default=False)


class FeatureState(models.Model):
    feature = models.ForeignKey(Feature, related_name="feature_states", on_delete=models.CASCADE)
    environment = models.ForeignKey(
        "environments.Environment", related_name="feature_states", null=True, on_delete=models.CASCADE
    )
    enabled = models.BooleanField(default=False)
    value = models.CharField(max_length=20000, null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def to_document(self) -> dict:
        return {"feature": {"id": self.feature_id, "name": self.feature.name}, "enabled": self.enabled,
                "feature_state_value": self.value}
