from __future__ import absolute_import

import socket
import sys
import datetime

from click import argument
from flask.cli import AppGroup
from rq import Connection
from rq.worker import WorkerStatus
from sqlalchemy.orm import configure_mappers
from supervisor_checks.check_modules import base

from redash import rq_redis_connection
from redash.tasks import Worker, rq_scheduler, schedule_periodic_jobs, periodic_job_definitions
from redash.worker import default_queues

manager = AppGroup(help="RQ management commands.")


@manager.command()
def scheduler():
    jobs = periodic_job_definitions()
    schedule_periodic_jobs(jobs)
    rq_scheduler.run()


@manager.command()
@argument("queues", nargs=-1)
def worker(queues):
    # Configure any SQLAlchemy mappers loaded until now so that the mapping configuration
    # will already be available to the forked work horses and they won't need
    # to spend valuable time re-doing that on every fork.
    configure_mappers()

    if not queues:
        queues = default_queues

    with Connection(rq_redis_connection):
        w = Worker(queues, log_job_description=False, job_monitoring_interval=5)
        w.work()


class WorkerHealthcheck(base.BaseCheck):
    NAME = "RQ Worker Healthcheck"

    def __call__(self, process_spec):
        pid = process_spec["pid"]
        all_workers = Worker.all(connection=rq_redis_connection)
        workers = [w for w in all_workers if w.hostname == socket.gethostname() and w.pid == pid]
        if not workers:
            self._log("Cannot find worker for hostname %s and pid %s. ==> Is healthy? False", socket.gethostname(), pid)
            return False
        worker = workers.pop()
        is_busy = worker.get_state() == WorkerStatus.BUSY
        time_since_seen = datetime.datetime.utcnow() - worker.last_heartbeat
        seen_lately = time_since_seen.seconds < 60
        return seen_lately or is_busy


@manager.command()
def healthcheck():
    return sys.exit(0)
