"""GET task logs for the UI. With remote logging on, logs are read back from S3."""
from __future__ import annotations

from fastapi import APIRouter

from dagflow.config_templates import dagflow_local_settings
from dagflow.utils.log.file_task_handler import FileTaskHandler

router = APIRouter()


@router.get("/dags/{dag_id}/dagRuns/{run_id}/taskInstances/{task_id}/logs/{try_number}")
def get_log(dag_id: str, run_id: str, task_id: str, try_number: int) -> dict:
    rel = FileTaskHandler.render_log_path(dag_id, run_id, task_id, try_number)
    remote = dagflow_local_settings.REMOTE_TASK_LOG
    if remote is not None:
        messages, content = remote.read(rel)
        if content:
            return {"content": content, "source": messages}
    return {"content": FileTaskHandler.read_local(rel), "source": ["local"]}
