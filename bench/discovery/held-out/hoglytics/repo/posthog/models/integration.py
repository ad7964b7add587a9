from typing import Any, Dict

from django.conf import settings
from django.db import models
from slack_sdk import WebClient


class Integration(models.Model):
    team_id = models.IntegerField()
    kind = models.CharField(max_length=10, choices=[("slack", "Slack")])
    config = models.JSONField(default=dict)
    sensitive_config = models.JSONField(default=dict)

    class Meta:
        db_table = "posthog_integration"


class SlackIntegration:
    def __init__(self, integration: Integration) -> None:
        self.integration = integration

    @classmethod
    def _web_client(cls, token: str | None = None) -> WebClient:
        return WebClient(token=token, base_url=settings.SLACK_API_BASE_URL)

    @property
    def client(self) -> WebClient:
        return self._web_client(self.integration.sensitive_config["access_token"])

    @classmethod
    def integration_from_slack_response(cls, team_id: int, params: Dict[str, str]) -> Integration:
        res = cls._web_client().oauth_v2_access(
            client_id=settings.SLACK_APP_CLIENT_ID,
            client_secret=settings.SLACK_APP_CLIENT_SECRET,
            code=params["code"],
            redirect_uri=params["redirect_uri"],
        )
        if not res.get("ok"):
            raise Exception("Slack error")
        integration, _ = Integration.objects.update_or_create(
            team_id=team_id,
            kind="slack",
            defaults={
                "config": {"team": res["team"], "authed_user": res["authed_user"]},
                "sensitive_config": {"access_token": res["access_token"]},
            },
        )
        return integration

    def list_channels(self) -> list[Dict[str, Any]]:
        return self.client.conversations_list(exclude_archived=True, types="public_channel")["channels"]
