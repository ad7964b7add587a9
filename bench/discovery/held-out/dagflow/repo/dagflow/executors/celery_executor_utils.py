"""Celery app shared by the executor (scheduler side), the worker and flower."""
from __future__ import annotations

import logging
import subprocess

from celery import Celery
from pydantic import BaseModel

from dagflow.configuration import conf

log = logging.getLogger(__name__)


class TaskInstanceRef(BaseModel):
    id: str
    task_id: str
    dag_id: str
    run_id: str
    try_number: int
    map_index: int = -1
    queue: str = "default"


class BundleInfo(BaseModel):
    name: str
    version: str | None = None


class ExecuteTask(BaseModel):
    ti: TaskInstanceRef
    dag_rel_path: str
    bundle_info: BundleInfo
    token: str
    log_path: str | None = None


CELERY_APP_NAME = "dagflow.executors.celery_executor"


def _result_backend() -> str:
    backend = conf.get("celery", "result_backend", fallback=None)
    if not backend:
        # No explicit result backend: reuse the metadata DB through Celery's db+ scheme.
        backend = "db+" + conf.get("database", "sql_alchemy_conn")
    return backend


DEFAULT_CELERY_CONFIG = {
    "accept_content": ["json"],
    "event_serializer": "json",
    "worker_prefetch_multiplier": int(conf.get("celery", "worker_prefetch_multiplier", fallback=1)),
    "task_acks_late": True,
    "task_default_queue": conf.get("operators", "default_queue", fallback="default"),
    "task_default_exchange": conf.get("operators", "default_queue", fallback="default"),
    "task_track_started": True,
    "broker_url": conf.get("celery", "broker_url"),
    "broker_transport_options": {"visibility_timeout": 21600},
    "result_backend": _result_backend(),
    "database_engine_options": {"pool_recycle": 1800},
    "worker_concurrency": int(conf.get("celery", "worker_concurrency", fallback=16)),
    "worker_enable_remote_control": True,
}

celery_configuration = conf.getimport("celery", "celery_config_options") or DEFAULT_CELERY_CONFIG

app = Celery(CELERY_APP_NAME, config_source=celery_configuration)


@app.task
def execute_workload(input: str) -> None:
    """Runs on the worker: hand the serialized workload to the Task SDK supervisor."""
    from dagflow.sdk.execution_time.supervisor import supervise

    workload = ExecuteTask.model_validate_json(input)
    log.info("[%s] Executing workload in Celery: %s", app.current_task.request.id, workload)
    supervise(
        ti=workload.ti,
        dag_rel_path=workload.dag_rel_path,
        bundle_info=workload.bundle_info,
        token=workload.token,
        server=conf.get("core", "execution_api_server_url"),
        log_path=workload.log_path,
    )


def send_workload_to_executor(key, workload, queue: str):
    result = execute_workload.apply_async(args=(workload.model_dump_json(),), queue=queue)
    return key, result.task_id, result


def run_command_legacy(command: list[str]) -> None:  # pragma: no cover - kept for `dagflow tasks run`
    subprocess.check_call(command, close_fds=True)
