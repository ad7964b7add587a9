"""Supervisor: runs on the Celery worker. Forks the task process, relays its requests to the
Task Execution API on the api-server and uploads the task log to remote storage at the end."""
from __future__ import annotations

import logging
import os
import socket
import time

from dagflow.sdk.api.client import Client

log = logging.getLogger(__name__)

HEARTBEAT_INTERVAL = 30


class ActivitySubprocess:
    def __init__(self, client: Client, ti, dag_rel_path: str, log_path: str | None) -> None:
        self.client = client
        self.ti = ti
        self.dag_rel_path = dag_rel_path
        self.log_path = log_path

    def start(self) -> int:
        self.client.task_instances.start(self.ti.id, os.getpid(), socket.getfqdn())
        pid = os.fork()
        if pid == 0:
            from dagflow.sdk.execution_time.task_runner import main

            main(self.client, self.ti, self.dag_rel_path)
            os._exit(0)
        return pid

    def wait(self, pid: int) -> int:
        last = time.monotonic()
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return os.waitstatus_to_exitcode(status)
            if time.monotonic() - last > HEARTBEAT_INTERVAL:
                self.client.task_instances.heartbeat(self.ti.id)
                last = time.monotonic()
            time.sleep(0.5)

    def upload_logs(self) -> None:
        from dagflow.config_templates import dagflow_local_settings

        remote = dagflow_local_settings.REMOTE_TASK_LOG
        if remote is not None and self.log_path:
            remote.upload(self.log_path)


def supervise(*, ti, dag_rel_path: str, bundle_info, token: str, server: str | None, log_path: str | None) -> int:
    if not server:
        raise ValueError("core.execution_api_server_url must be set for workers")
    with Client(base_url=server, token=token) as client:
        proc = ActivitySubprocess(client, ti, dag_rel_path, log_path)
        pid = proc.start()
        code = proc.wait(pid)
        client.task_instances.finish(ti.id, "success" if code == 0 else "failed")
        proc.upload_logs()
        return code
