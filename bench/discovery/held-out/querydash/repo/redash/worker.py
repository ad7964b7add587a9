from functools import partial

from flask import current_app
from rq import get_current_job
from rq.decorators import job as rq_job

from redash import create_app, rq_redis_connection, settings

default_operational_queues = ["periodic", "emails", "default", "schemas"]
default_queues = default_operational_queues + ["queries", "scheduled_queries"]


class CurrentJobFilter(object):
    def filter(self, record):
        current_job = get_current_job()
        record.job_id = current_job.id if current_job else ""
        record.job_func_name = current_job.func_name if current_job else ""
        return True


def job(queue, *args, **kwargs):
    """RQ job decorator bound to Redash's Redis (REDASH_REDIS_URL)."""
    kwargs.setdefault("connection", rq_redis_connection)
    kwargs.setdefault("result_ttl", 600)
    kwargs.setdefault("ttl", 43200)
    return rq_job(queue, *args, **kwargs)


def get_job_logger(name):
    import logging

    logger = logging.getLogger("rq.job." + name)
    logger.addFilter(CurrentJobFilter())
    logger.propagate = False
    return logger
