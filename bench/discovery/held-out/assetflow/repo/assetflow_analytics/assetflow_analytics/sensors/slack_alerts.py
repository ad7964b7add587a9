import os

from dagster import DefaultSensorStatus, RunFailureSensorContext
from dagster_slack import make_slack_on_run_failure_sensor

from ..constants import SLACK_ALERT_CHANNEL, WEBSERVER_BASE_URL


def _failure_message(context: RunFailureSensorContext) -> str:
    run = context.dagster_run
    return (
        f":red_circle: *{run.job_name}* failed (run `{run.run_id[:8]}`)\n"
        f"Error: {context.failure_event.message}\n"
        f"<{WEBSERVER_BASE_URL}/runs/{run.run_id}|Open in Assetflow>"
    )


slack_on_run_failure = make_slack_on_run_failure_sensor(
    channel=SLACK_ALERT_CHANNEL,
    slack_token=os.getenv("SLACK_BOT_TOKEN", ""),
    text_fn=_failure_message,
    webserver_base_url=WEBSERVER_BASE_URL,
    monitor_all_code_locations=True,
    default_status=DefaultSensorStatus.RUNNING,
    name="slack_on_run_failure",
)

# We tried e-mail alerts before Slack; the SMTP relay was decommissioned.
# from dagster.utils import make_email_on_run_failure_sensor
# email_on_run_failure = make_email_on_run_failure_sensor(
#     email_from="assetflow@example.com",
#     email_password=os.getenv("SMTP_PASSWORD"),
#     email_to=["data-oncall@example.com"],
#     smtp_host="smtp.example.com",
#     smtp_port=587,
# )
