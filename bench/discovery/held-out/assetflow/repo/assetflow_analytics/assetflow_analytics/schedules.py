from dagster import (
    DefaultScheduleStatus,
    ScheduleDefinition,
    build_schedule_from_partitioned_job,
)

from .jobs import marts_job, order_revenue_job

marts_schedule = ScheduleDefinition(
    job=marts_job,
    cron_schedule="0 6 * * *",
    execution_timezone="Europe/Amsterdam",
    default_status=DefaultScheduleStatus.RUNNING,
)

order_revenue_schedule = build_schedule_from_partitioned_job(order_revenue_job, hour_of_day=4)
