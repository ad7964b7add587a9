"""CeleryExecutor: the scheduler enqueues workloads on the broker and polls the result backend."""
from __future__ import annotations

import logging

from celery import states as celery_states

from dagflow.executors import celery_executor_utils as utils

log = logging.getLogger(__name__)


class CeleryExecutor:
    supports_ad_hoc_ti_run = True
    is_production = True

    def __init__(self, parallelism: int = 32) -> None:
        self.parallelism = parallelism
        self.queued_tasks: dict = {}
        self.running: dict = {}
        self.tasks: dict = {}
        self.bulk_state_fetcher = BulkStateFetcher()

    def start(self) -> None:
        log.info("Celery broker: %s", utils.app.conf.broker_url.split("@")[-1])

    def queue_workload(self, key, workload) -> None:
        self.queued_tasks[key] = workload

    def heartbeat(self) -> None:
        for key, workload in list(self.queued_tasks.items()):
            _, task_id, result = utils.send_workload_to_executor(key, workload, workload.ti.queue)
            self.running[key] = task_id
            self.tasks[key] = result
            del self.queued_tasks[key]
        self.sync()

    def sync(self) -> None:
        states = self.bulk_state_fetcher.get_many(self.tasks.values())
        for key, result in list(self.tasks.items()):
            state = states.get(result.task_id)
            if state in (celery_states.SUCCESS, celery_states.FAILURE, celery_states.REVOKED):
                self.tasks.pop(key, None)
                self.running.pop(key, None)

    def end(self) -> None:
        self.sync()


class BulkStateFetcher:
    """Fetch task states in one query straight from the database result backend."""

    def get_many(self, async_results) -> dict:
        async_results = list(async_results)
        if not async_results:
            return {}
        backend = async_results[0].backend
        if hasattr(backend, "ResultSession"):
            session = backend.ResultSession()
            task_cls = getattr(backend, "task_cls")
            ids = [r.task_id for r in async_results]
            rows = session.query(task_cls).filter(task_cls.task_id.in_(ids)).all()
            return {row.task_id: row.status for row in rows}
        return {r.task_id: r.state for r in async_results}
