"""Anonymous usage heartbeat. Disable with RUNBEACON_SERVER_ANALYTICS_ENABLED=false."""
import platform
import uuid

import httpx

from runbeacon import __version__
from runbeacon.server.services.base import LoopService

TELEMETRY_URL = "https://sens.runbeacon.io/v1/heartbeat"


class Telemetry(LoopService):
    name = "Telemetry"
    loop_seconds = 600

    def __init__(self):
        self.session_id = str(uuid.uuid4())

    async def run_once(self):
        async with httpx.AsyncClient(timeout=5) as client:
            await client.post(TELEMETRY_URL, json={
                "session_id": self.session_id, "version": __version__,
                "python": platform.python_version(), "os": platform.system(),
            })
