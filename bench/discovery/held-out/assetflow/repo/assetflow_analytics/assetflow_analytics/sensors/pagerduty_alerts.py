"""PagerDuty paging for marts failures. Behind ENABLE_PAGERDUTY_ALERTS (off until on-call rotation exists)."""
import os

from dagster import RunFailureSensorContext, run_failure_sensor
from dagster_pagerduty import PagerDutyService

from ..jobs import marts_job

ENABLED = os.getenv("ENABLE_PAGERDUTY_ALERTS", "false").lower() == "true"


@run_failure_sensor(monitored_jobs=[marts_job], name="pagerduty_on_marts_failure")
def pagerduty_on_marts_failure(context: RunFailureSensorContext, pagerduty: PagerDutyService):
    pagerduty.EventV2_create(
        summary=f"Assetflow job {context.dagster_run.job_name} failed",
        source="assetflow_analytics",
        severity="error",
        event_action="trigger",
        dedup_key=context.dagster_run.run_id,
    )
