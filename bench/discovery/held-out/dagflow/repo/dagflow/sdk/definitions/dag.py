from __future__ import annotations

import functools
from datetime import datetime


class DAG:
    _context: list["DAG"] = []

    def __init__(self, dag_id: str, *, schedule=None, start_date: datetime | None = None,
                 catchup: bool = False, default_args: dict | None = None, tags: list[str] | None = None,
                 on_failure_callback=None) -> None:
        self.dag_id = dag_id
        self.schedule = schedule
        self.start_date = start_date
        self.catchup = catchup
        self.default_args = default_args or {}
        self.tags = tags or []
        self.on_failure_callback = on_failure_callback
        self.tasks: dict = {}

    def __enter__(self) -> "DAG":
        DAG._context.append(self)
        return self

    def __exit__(self, *exc) -> None:
        DAG._context.pop()

    def add_task(self, op) -> None:
        self.tasks[op.task_id] = op

    def get_task(self, task_id: str):
        return self.tasks[task_id]

    def serialize(self) -> dict:
        return {"dag_id": self.dag_id, "schedule": str(self.schedule), "tasks": sorted(self.tasks), "tags": self.tags}


def task(fn=None, **task_kwargs):
    from dagflow.sdk.definitions.baseoperator import PythonOperator

    def wrap(f):
        @functools.wraps(f)
        def factory(*args, **kwargs):
            return PythonOperator(task_id=task_kwargs.get("task_id", f.__name__), python_callable=f,
                                  op_args=args, op_kwargs=kwargs,
                                  **{k: v for k, v in task_kwargs.items() if k != "task_id"})
        return factory

    return wrap(fn) if fn else wrap
