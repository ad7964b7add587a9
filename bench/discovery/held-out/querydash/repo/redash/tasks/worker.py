import errno
import os
import signal
import time

from rq import Queue as BaseQueue, Worker as BaseWorker
from rq.job import Job as BaseJob, JobStatus
from rq.utils import utcnow

from redash import rq_redis_connection, statsd_client


class CancellableJob(BaseJob):
    def cancel(self, pipeline=None):
        self.meta["cancelled"] = True
        self.save_meta()
        super().cancel(pipeline=pipeline)

    @property
    def is_cancelled(self):
        return self.meta.get("cancelled", False)


class StatsdRecordingQueue(BaseQueue):
    """RQ Queue Mixin that overrides `enqueue_call` to increment metrics via Statsd"""

    def enqueue_job(self, *args, **kwargs):
        job = super().enqueue_job(*args, **kwargs)
        statsd_client.incr("rq.jobs.created.{}".format(self.name))
        return job


class CancellableQueue(BaseQueue):
    job_class = CancellableJob


class RedashQueue(StatsdRecordingQueue, CancellableQueue):
    def __init__(self, name="default", **kwargs):
        kwargs.setdefault("connection", rq_redis_connection)
        super().__init__(name, **kwargs)


class HardLimitingWorker(BaseWorker):
    grace_period = 15
    queue_class = RedashQueue
    job_class = CancellableJob

    def stop_executing_job(self, job):
        os.kill(self.horse_pid, signal.SIGINT)
        self.log.warning("Job %s has been cancelled.", job.id)

    def soft_limit_exceeded(self, job):
        job_has_time_limit = job.timeout != -1
        if job_has_time_limit:
            seconds_under_monitor = (utcnow() - self.monitor_started).seconds
            return seconds_under_monitor > job.timeout + self.grace_period
        return False

    def monitor_work_horse(self, job, queue):
        self.monitor_started = utcnow()
        job.started_at = utcnow()
        while True:
            try:
                with self.death_penalty_class(5, HorseMonitorTimeoutException):
                    retpid, ret_val = os.waitpid(self._horse_pid, 0)
                break
            except HorseMonitorTimeoutException:
                self.heartbeat(self.job_monitoring_interval + 5)
                job.refresh()
                if job.is_cancelled:
                    self.stop_executing_job(job)
                if self.soft_limit_exceeded(job):
                    self.kill_horse()
                    break
            except OSError as e:
                if e.errno != errno.EINTR:
                    raise


class HorseMonitorTimeoutException(Exception):
    pass


Job = CancellableJob
Queue = RedashQueue
Worker = HardLimitingWorker
