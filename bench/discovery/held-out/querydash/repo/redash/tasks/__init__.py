from rq.job import Job

from .general import record_event, send_mail, sync_user_details, test_connection, get_schema
from .queries import (
    cleanup_query_results,
    enqueue_query,
    execute_query,
    refresh_queries,
    refresh_schemas,
    remove_ghost_locks,
    empty_schedules,
)
from .alerts import check_alerts_for_query
from .failure_report import send_aggregated_errors
from .worker import Queue, Worker
from .schedule import rq_scheduler, schedule_periodic_jobs, periodic_job_definitions


def init_app(app):
    pass
