from dagster import DefaultScheduleStatus, ScheduleDefinition, build_schedule_from_partitioned_job

from .jobs import erp_job, hubspot_job, orders_daily_job

orders_daily_schedule = build_schedule_from_partitioned_job(
    orders_daily_job, hour_of_day=2, minute_of_hour=15,
    default_status=DefaultScheduleStatus.RUNNING,
)

erp_nightly_schedule = ScheduleDefinition(
    job=erp_job,
    cron_schedule="30 3 * * *",
    execution_timezone="Europe/Amsterdam",
    default_status=DefaultScheduleStatus.RUNNING,
)

hubspot_hourly_schedule = ScheduleDefinition(
    job=hubspot_job,
    cron_schedule="5 * * * *",
    execution_timezone="Europe/Amsterdam",
    default_status=DefaultScheduleStatus.RUNNING,
)
