"""Base worker: poll a work pool for scheduled runs and hand them to `run()`."""
import abc
import asyncio
import logging
import socket

from runbeacon.client.base import api_url
from runbeacon.client.orchestration import RunbeaconClient

logger = logging.getLogger("runbeacon.workers")


class BaseWorker(abc.ABC):
    type: str = "base"

    def __init__(self, work_pool_name: str, limit: int | None = None, polling_interval: float = 10):
        self.work_pool_name = work_pool_name
        self.limit = limit
        self.polling_interval = polling_interval
        self.name = f"{self.type}-worker-{socket.gethostname()}"
        self._client: RunbeaconClient | None = None

    async def __aenter__(self):
        self._client = RunbeaconClient()
        await self._client.hello()
        return self

    async def __aexit__(self, *exc):
        await self._client.__aexit__(*exc)

    def base_environment(self, flow_run: dict) -> dict:
        """Environment every flow-run container needs to report back to the API."""
        return {"RUNBEACON_API_URL": api_url(), "RUNBEACON__FLOW_RUN_ID": flow_run["id"]}

    @abc.abstractmethod
    async def run(self, flow_run: dict, configuration: dict) -> int: ...

    async def start(self):
        logger.info("worker %s polling pool %s at %s", self.name, self.work_pool_name, api_url())
        while True:
            await self._client.send_worker_heartbeat(self.work_pool_name, self.name)
            for flow_run in await self._client.get_scheduled_flow_runs_for_work_pool(self.work_pool_name, limit=self.limit or 10):
                await self._client.set_flow_run_state(flow_run["id"], "PENDING")
                asyncio.create_task(self.run(flow_run, flow_run.get("job_variables", {})))
            await asyncio.sleep(self.polling_interval)
