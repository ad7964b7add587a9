"""Runs inside the forked task process on the worker: loads the DAG file, executes the operator,
runs task-level callbacks (e.g. SlackWebhookNotifier) and failure email."""
from __future__ import annotations

import importlib.util
import logging
import os

from dagflow.configuration import conf

log = logging.getLogger("dagflow.task")

SUPERVISOR_COMMS = None


class _Comms:
    def __init__(self, client) -> None:
        self.client = client

    def get_connection(self, conn_id: str):
        return self.client.connections.get(conn_id)


class TaskDeferred(Exception):
    def __init__(self, trigger, method_name: str) -> None:
        self.trigger = trigger
        self.method_name = method_name


def _load_task(dag_rel_path: str, dag_id: str, task_id: str):
    path = os.path.join(conf.get("core", "dags_folder"), dag_rel_path)
    spec = importlib.util.spec_from_file_location("dag_module", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    dag = next(d for d in vars(module).values() if getattr(d, "dag_id", None) == dag_id)
    return dag.get_task(task_id)


def main(client, ti, dag_rel_path: str) -> None:
    global SUPERVISOR_COMMS
    SUPERVISOR_COMMS = _Comms(client)
    task = _load_task(dag_rel_path, ti.dag_id, ti.task_id)
    context = {"ti": ti, "task": task, "dag_id": ti.dag_id, "run_id": ti.run_id}
    try:
        task.execute(context)
    except TaskDeferred as defer:
        classpath, kwargs = defer.trigger.serialize()
        client.task_instances.defer(ti.id, classpath, kwargs, defer.method_name)
    except Exception as err:
        log.exception("Task failed")
        for callback in task.on_failure_callback or []:
            callback(context)
        if task.email_on_failure and task.email:
            from dagflow.utils.email import send_email

            send_email(task.email, f"[dagflow] Failed: {ti.dag_id}.{ti.task_id}", f"<pre>{err!r}</pre>")
        raise
