"""Triggerer: runs deferred-task triggers in an asyncio loop. Trigger rows are claimed from the
metadata DB; when a trigger fires the task instance is rescheduled there too."""
from __future__ import annotations

import asyncio
import logging

from dagflow import settings
from dagflow.configuration import conf
from dagflow.jobs.job import Job
from dagflow.models.taskinstance import TaskInstance
from dagflow.models.trigger import Trigger

log = logging.getLogger(__name__)


class TriggererJobRunner:
    job_type = "TriggererJob"

    def __init__(self, capacity: int | None = None) -> None:
        self.job = Job(job_type=self.job_type)
        self.capacity = capacity or int(conf.get("triggerer", "capacity"))
        self.triggers: dict[int, asyncio.Task] = {}

    async def _run_trigger(self, trigger_id: int, trigger) -> None:
        async for event in trigger.run():
            session = settings.Session()
            try:
                session.query(TaskInstance).filter(TaskInstance.trigger_id == trigger_id).update(
                    {TaskInstance.state: "scheduled", TaskInstance.next_kwargs: event.payload_json()},
                    synchronize_session=False,
                )
                session.query(Trigger).filter(Trigger.id == trigger_id).delete()
                session.commit()
            finally:
                session.close()
            break

    async def _loop(self) -> None:
        while True:
            session = settings.Session()
            try:
                ids = Trigger.assign_unassigned(session, self.job.id or 0, self.capacity - len(self.triggers))
                session.commit()
                for row in session.query(Trigger).filter(Trigger.id.in_(ids)).all():
                    self.triggers[row.id] = asyncio.create_task(self._run_trigger(row.id, row.instantiate()))
            finally:
                session.close()
            self.job.heartbeat()
            await asyncio.sleep(1)

    def run(self) -> None:
        log.info("Starting the triggerer (capacity=%s)", self.capacity)
        asyncio.run(self._loop())
