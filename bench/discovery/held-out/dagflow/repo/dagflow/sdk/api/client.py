"""HTTP client for the Task Execution API, used by the supervisor running on the worker."""
from __future__ import annotations

import os
from datetime import datetime, timezone

import httpx

from dagflow.models.connection import Connection


class Client(httpx.Client):
    def __init__(self, *, base_url: str, token: str, **kwargs) -> None:
        super().__init__(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}", "User-Agent": "dagflow-task-sdk"},
            timeout=httpx.Timeout(float(os.environ.get("DAGFLOW__WORKERS__EXECUTION_API_TIMEOUT", 5.0))),
            **kwargs,
        )
        self.task_instances = TaskInstanceOperations(self)
        self.connections = ConnectionOperations(self)


class TaskInstanceOperations:
    def __init__(self, client: Client) -> None:
        self.client = client

    def start(self, ti_id: str, pid: int, hostname: str) -> dict:
        body = {"pid": pid, "hostname": hostname, "start_date": datetime.now(timezone.utc).isoformat()}
        resp = self.client.patch(f"task-instances/{ti_id}/run", json=body)
        resp.raise_for_status()
        return resp.json()

    def finish(self, ti_id: str, state: str) -> None:
        body = {"state": state, "end_date": datetime.now(timezone.utc).isoformat()}
        self.client.patch(f"task-instances/{ti_id}/state", json=body).raise_for_status()

    def defer(self, ti_id: str, classpath: str, trigger_kwargs: dict, next_method: str) -> None:
        body = {"classpath": classpath, "trigger_kwargs": trigger_kwargs, "next_method": next_method}
        self.client.patch(f"task-instances/{ti_id}/defer", json=body).raise_for_status()

    def heartbeat(self, ti_id: str) -> None:
        self.client.put(f"task-instances/{ti_id}/heartbeat").raise_for_status()


class ConnectionOperations:
    def __init__(self, client: Client) -> None:
        self.client = client

    def get(self, conn_id: str) -> Connection:
        resp = self.client.get(f"connections/{conn_id}")
        resp.raise_for_status()
        data = resp.json()
        return Connection(conn_id=conn_id, **{k: v for k, v in data.items() if k != "conn_id"})
