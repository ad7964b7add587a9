import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

logger = logging.getLogger(__name__)


class SlackWrapper:
    """Posts flag change messages to the Slack channel a user selected for an environment."""

    def __init__(self, api_token: str, channel_id: str = None):
        self.channel_id = channel_id
        self._client = WebClient(token=api_token)

    def get_bot_token(self, code: str, redirect_uri: str, client_id: str, client_secret: str) -> str:
        oauth_response = self._client.oauth_v2_access(
            client_id=client_id, client_secret=client_secret, code=code, redirect_uri=redirect_uri
        )
        return oauth_response.get("access_token")

    def get_channels_data(self, limit: int = 20) -> list:
        response = self._client.conversations_list(exclude_archived=True, limit=limit)
        return [{"channel_name": c["name"], "channel_id": c["id"]} for c in response["channels"]]

    def track_event(self, event: dict) -> None:
        try:
            self._client.chat_postMessage(channel=self.channel_id, blocks=None, text=event["text"])
        except SlackApiError as e:
            logger.warning("Failed to send slack message: %s", e.response["error"])
