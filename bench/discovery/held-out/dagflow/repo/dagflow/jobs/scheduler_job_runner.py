"""Scheduler loop: create DAG runs, pick schedulable task instances from the metadata DB
and hand them to the executor (CeleryExecutor -> broker)."""
from __future__ import annotations

import logging
import time

from sqlalchemy import select

from dagflow import settings
from dagflow.configuration import conf
from dagflow.executors.celery_executor_utils import BundleInfo, ExecuteTask, TaskInstanceRef
from dagflow.jobs.job import Job
from dagflow.models.taskinstance import TaskInstance

log = logging.getLogger(__name__)


def _load_executor():
    name = conf.get("core", "executor")
    if name == "CeleryExecutor":
        from dagflow.executors.celery_executor import CeleryExecutor

        return CeleryExecutor(parallelism=int(conf.get("core", "parallelism", fallback=32)))
    raise ValueError(f"Executor {name} not packaged in this build")


class SchedulerJobRunner:
    job_type = "SchedulerJob"

    def __init__(self, num_runs: int = -1) -> None:
        self.job = Job(job_type=self.job_type)
        self.executor = _load_executor()
        self.num_runs = num_runs
        self.loop_interval = float(conf.get("scheduler", "scheduler_idle_sleep_time", fallback=1))

    def _critical_section_enqueue(self, session) -> int:
        stmt = (
            select(TaskInstance)
            .where(TaskInstance.state == "scheduled")
            .limit(int(conf.get("scheduler", "max_tis_per_query", fallback=16)))
            .with_for_update(skip_locked=True)
        )
        tis = session.scalars(stmt).all()
        for ti in tis:
            ti.state = "queued"
            workload = ExecuteTask(
                ti=TaskInstanceRef(
                    id=ti.id, task_id=ti.task_id, dag_id=ti.dag_id, run_id=ti.run_id,
                    try_number=ti.try_number, map_index=ti.map_index, queue=ti.queue or "default",
                ),
                dag_rel_path=f"{ti.dag_id}.py",
                bundle_info=BundleInfo(name="dags-folder"),
                token=_generate_execution_token(ti.id),
            )
            self.executor.queue_workload((ti.dag_id, ti.task_id, ti.run_id, ti.map_index), workload)
        session.commit()
        return len(tis)

    def _run_scheduler_loop(self) -> None:
        self.executor.start()
        runs = 0
        while self.num_runs < 0 or runs < self.num_runs:
            session = settings.Session()
            try:
                queued = self._critical_section_enqueue(session)
            finally:
                session.close()
            self.executor.heartbeat()
            self.job.heartbeat()
            runs += 1
            if not queued:
                time.sleep(self.loop_interval)

    def run(self) -> None:
        log.info("Starting the scheduler")
        try:
            self._run_scheduler_loop()
        finally:
            self.executor.end()
            settings.dispose_orm()


def _generate_execution_token(ti_id: str) -> str:
    from dagflow.api_fastapi.execution_api.app import JWTGenerator

    return JWTGenerator.from_config().generate({"sub": ti_id})
