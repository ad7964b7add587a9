import logging

from django.conf import settings
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

logger = logging.getLogger(__name__)


class SlackClient(WebClient):
    """Thin wrapper around slack_sdk.WebClient with Pagerloft defaults (timeouts, base url)."""

    def __init__(self, token: str | None = None, timeout: int = 30) -> None:
        super().__init__(token=token, base_url=settings.SLACK_API_BASE_URL, timeout=timeout)

    def safe_chat_post_message(self, channel: str, blocks: list, text: str) -> dict | None:
        try:
            return self.chat_postMessage(channel=channel, blocks=blocks, text=text).data
        except SlackApiError as e:
            if e.response.get("error") in ("channel_not_found", "is_archived", "not_in_channel"):
                logger.warning("slack post to %s failed: %s", channel, e.response["error"])
                return None
            raise
