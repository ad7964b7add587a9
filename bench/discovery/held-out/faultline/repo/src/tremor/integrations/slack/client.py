from __future__ import annotations

import logging
from typing import Any

import requests

from tremor import options

logger = logging.getLogger("tremor.integrations.slack")


class SlackApiError(Exception):
    pass


class SlackClient:
    integration_name = "slack"

    def __init__(self, token: str | None = None) -> None:
        self.base_url = (options.get("slack.api-base") or "https://slack.com/api").rstrip("/")
        self.token = token or options.get("slack.bot-token") or ""
        self.session = requests.Session()

    def post(self, method: str, data: dict[str, Any]) -> dict[str, Any]:
        resp = self.session.post(
            f"{self.base_url}/{method}",
            json=data,
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=10,
        )
        body = resp.json()
        if not body.get("ok"):
            raise SlackApiError(body.get("error"))
        return body

    def chat_post_message(self, channel: str, text: str, blocks: list | None = None) -> dict[str, Any]:
        return self.post("chat.postMessage", {"channel": channel, "text": text, "blocks": blocks or []})
