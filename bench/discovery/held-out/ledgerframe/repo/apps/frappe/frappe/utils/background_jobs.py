import os

from redis import Redis
from rq import Queue, Worker

import frappe

default_timeout = 300
queue_timeout = {"short": 300, "default": 300, "long": 1500}

_redis_queue_conn = None


def get_redis_conn():
    """Connection to the queue Redis (conf.redis_queue)."""
    global _redis_queue_conn
    if not _redis_queue_conn:
        _redis_queue_conn = Redis.from_url(frappe.conf.get("redis_queue", "redis://localhost:11000"))
    return _redis_queue_conn


def get_queue(queue, is_async=True):
    return Queue(
        queue,
        connection=get_redis_conn(),
        is_async=is_async,
        default_timeout=queue_timeout.get(queue, default_timeout),
    )


def enqueue(method, queue="default", timeout=None, is_async=True, now=False, job_id=None, **kwargs):
    if now or frappe.local.__dict__.get("flags_in_test"):
        return execute_job(frappe.local.site, method, kwargs)
    q = get_queue(queue, is_async=is_async)
    return q.enqueue_call(
        execute_job,
        timeout=timeout,
        kwargs={"site": frappe.local.site, "method": method, "kwargs": kwargs},
        job_id=job_id,
    )


def execute_job(site, method, kwargs):
    frappe.init(site)
    if isinstance(method, str):
        module, fn = method.rsplit(".", 1)
        method = getattr(__import__(module, fromlist=[fn]), fn)
    return method(**kwargs)


def start_worker(queue=None):
    """bench worker --queue short,default"""
    queues = (queue or "short,default,long").split(",")
    Worker([get_queue(q) for q in queues], connection=get_redis_conn()).work()
