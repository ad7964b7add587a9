"""Shared default_args: task-level failure notifications.

Task-level callbacks run in the task process on the Celery worker; email_on_failure uses the
[smtp] settings of that worker (smtp.sendgrid.net in production).
"""
from __future__ import annotations

from datetime import timedelta

from dagflow.providers.slack.notifications.slack_webhook import SlackWebhookNotifier

SLACK_CONN_ID = "slack_alerts"
DATA_ENG_EMAIL = ["data-eng-oncall@example.com"]

slack_on_failure = SlackWebhookNotifier(
    slack_webhook_conn_id=SLACK_CONN_ID,
    text=":red_circle: Task failed: {dag_id}.{task_id} (run {run_id})",
)

DEFAULT_ARGS = {
    "owner": "data-eng",
    "retries": 2,
    "retry_delay": timedelta(minutes=5),
    "email": DATA_ENG_EMAIL,
    "email_on_failure": True,
    "on_failure_callback": [slack_on_failure],
}
