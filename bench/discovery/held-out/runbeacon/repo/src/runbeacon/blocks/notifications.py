"""Notification blocks built on apprise."""
from typing import Optional

from pydantic import SecretStr

from runbeacon.blocks.core import Block


class AppriseNotificationBlock(Block):
    async def notify(self, body: str, subject: Optional[str] = None) -> None:
        import apprise

        client = apprise.Apprise()
        client.add(self._apprise_url())
        await client.async_notify(body=body, title=subject or "")

    def _apprise_url(self) -> str:
        raise NotImplementedError


class SlackWebhook(AppriseNotificationBlock):
    _block_type_slug = "slack-webhook"
    url: SecretStr  # https://hooks.slack.com/services/...

    def _apprise_url(self) -> str:
        return self.url.get_secret_value()


class MicrosoftTeamsWebhook(AppriseNotificationBlock):
    _block_type_slug = "ms-teams-webhook"
    url: SecretStr

    def _apprise_url(self) -> str:
        return self.url.get_secret_value()


class PagerDutyWebHook(AppriseNotificationBlock):
    _block_type_slug = "pager-duty-webhook"
    integration_key: SecretStr
    api_key: SecretStr

    def _apprise_url(self) -> str:
        return f"pagerduty://{self.integration_key.get_secret_value()}@{self.api_key.get_secret_value()}"


class DiscordWebhook(AppriseNotificationBlock):
    _block_type_slug = "discord-webhook"
    webhook_id: SecretStr
    webhook_token: SecretStr

    def _apprise_url(self) -> str:
        return f"discord://{self.webhook_id.get_secret_value()}/{self.webhook_token.get_secret_value()}"
