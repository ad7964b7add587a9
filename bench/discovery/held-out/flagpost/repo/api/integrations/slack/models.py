from django.db import models


class SlackConfiguration(models.Model):
    """Created when a user connects their Slack workspace via OAuth in the dashboard."""

    api_token = models.CharField(max_length=100)
    project = models.OneToOneField("projects.Project", related_name="slack_config", on_delete=models.CASCADE)


class SlackEnvironment(models.Model):
    slack_configuration = models.ForeignKey(SlackConfiguration, related_name="env_config", on_delete=models.CASCADE)
    environment = models.ForeignKey("environments.Environment", related_name="slack_configs", on_delete=models.CASCADE)
    channel_id = models.CharField(max_length=50)
    enabled = models.BooleanField(default=True)
