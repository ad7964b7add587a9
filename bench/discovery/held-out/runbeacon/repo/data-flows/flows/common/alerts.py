"""on_failure hook: post a message to the data team's Slack channel."""
import os

import requests


def notify_slack_on_failure(flow, flow_run_id, exc) -> None:
    webhook = os.environ.get("SLACK_ALERT_WEBHOOK")
    if not webhook:
        return
    requests.post(
        webhook,
        json={"text": f":red_circle: flow *{flow.name}* failed (run `{flow_run_id}`): {exc!r}"},
        timeout=10,
    )
