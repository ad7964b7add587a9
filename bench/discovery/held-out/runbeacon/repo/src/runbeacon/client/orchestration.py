"""RunbeaconClient: talks to the Runbeacon REST API over httpx."""
from typing import Optional
from uuid import UUID

import httpx

from runbeacon.client.base import api_url, client_kwargs


class RunbeaconClient:
    def __init__(self):
        self._http = httpx.AsyncClient(**client_kwargs())

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self._http.aclose()

    async def hello(self) -> None:
        (await self._http.get("/health")).raise_for_status()

    async def read_flow_run(self, flow_run_id: UUID) -> dict:
        r = await self._http.get(f"/flow_runs/{flow_run_id}")
        r.raise_for_status()
        return r.json()

    async def get_scheduled_flow_runs_for_work_pool(self, work_pool_name: str, limit: int = 10) -> list[dict]:
        r = await self._http.post(f"/work_pools/{work_pool_name}/get_scheduled_flow_runs", params={"limit": limit})
        r.raise_for_status()
        return r.json()

    async def send_worker_heartbeat(self, work_pool_name: str, worker_name: str) -> None:
        await self._http.post(f"/work_pools/{work_pool_name}/workers/heartbeat", json={"name": worker_name})

    async def set_flow_run_state(self, flow_run_id, state_type: str, message: Optional[str] = None) -> None:
        r = await self._http.post(f"/flow_runs/{flow_run_id}/set_state", json={"type": state_type, "message": message})
        r.raise_for_status()


class SyncRunbeaconClient:
    def __init__(self):
        kw = client_kwargs()
        kw["transport"] = httpx.HTTPTransport(retries=3)
        self._http = httpx.Client(**kw)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._http.close()

    def set_flow_run_state(self, flow_run_id, state_type: str, message: Optional[str] = None) -> None:
        self._http.post(f"/flow_runs/{flow_run_id}/set_state",
                        json={"type": state_type, "message": message}).raise_for_status()


def get_client(sync_client: bool = False):
    return SyncRunbeaconClient() if sync_client else RunbeaconClient()
