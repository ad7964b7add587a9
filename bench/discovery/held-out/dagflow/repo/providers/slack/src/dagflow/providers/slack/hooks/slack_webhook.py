from __future__ import annotations

from slack_sdk.webhook import WebhookClient

from dagflow.hooks.base import BaseHook

DEFAULT_SLACK_WEBHOOK_ENDPOINT = "https://hooks.slack.com/services"


class SlackWebhookHook(BaseHook):
    """Connection type `slackwebhook`: password holds the webhook path (T000/B000/XXX) or full URL;
    host defaults to hooks.slack.com."""

    conn_name_attr = "slack_webhook_conn_id"
    default_conn_name = "slack_default"
    conn_type = "slackwebhook"

    def __init__(self, slack_webhook_conn_id: str = default_conn_name, timeout: int | None = None) -> None:
        self.slack_webhook_conn_id = slack_webhook_conn_id
        self.timeout = timeout

    def _webhook_url(self) -> str:
        conn = self.get_connection(self.slack_webhook_conn_id)
        token = conn.password or ""
        if token.startswith("http"):
            return token
        base = f"https://{conn.host}" if conn.host else DEFAULT_SLACK_WEBHOOK_ENDPOINT
        if not base.rstrip("/").endswith("/services"):
            base = base.rstrip("/") + "/services"
        return f"{base.rstrip('/')}/{token.lstrip('/')}"

    def get_conn(self) -> WebhookClient:
        return WebhookClient(url=self._webhook_url(), timeout=self.timeout or 30)

    def send(self, *, text: str | None = None, blocks: list | None = None) -> None:
        resp = self.get_conn().send(text=text, blocks=blocks)
        if resp.status_code != 200:
            raise RuntimeError(f"Slack webhook failed: {resp.status_code} {resp.body}")
