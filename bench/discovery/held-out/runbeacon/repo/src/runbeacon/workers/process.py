import asyncio
import os

from runbeacon.workers.base import BaseWorker


class ProcessWorker(BaseWorker):
    type = "process"

    async def run(self, flow_run: dict, configuration: dict) -> int:
        env = {**os.environ, **self.base_environment(flow_run), **configuration.get("env", {})}
        proc = await asyncio.create_subprocess_exec("python", "-m", "runbeacon.engine", env=env)
        return await proc.wait()
