from django.db import models


class DataDogConfiguration(models.Model):
    project = models.OneToOneField("projects.Project", related_name="data_dog_config", on_delete=models.CASCADE)
    base_url = models.URLField(blank=False, null=False, default="https://api.datadoghq.com/")
    api_key = models.CharField(max_length=100, blank=False, null=False)
