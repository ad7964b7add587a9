from __future__ import annotations

from dagflow.providers.slack.hooks.slack_webhook import SlackWebhookHook
from dagflow.sdk import BaseNotifier


class SlackWebhookNotifier(BaseNotifier):
    template_fields = ("text", "blocks")

    def __init__(self, *, slack_webhook_conn_id: str = SlackWebhookHook.default_conn_name,
                 text: str, blocks: list | None = None) -> None:
        self.slack_webhook_conn_id = slack_webhook_conn_id
        self.text = text
        self.blocks = blocks

    def notify(self, context) -> None:
        text = self.text.format(**{k: getattr(context.get("ti"), k, "") for k in ("dag_id", "task_id", "run_id")})
        SlackWebhookHook(slack_webhook_conn_id=self.slack_webhook_conn_id).send(text=text, blocks=self.blocks)


send_slack_webhook_notification = SlackWebhookNotifier
