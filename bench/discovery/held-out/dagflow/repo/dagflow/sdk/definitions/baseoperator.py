from __future__ import annotations

from datetime import timedelta


class BaseOperator:
    template_fields: tuple[str, ...] = ()

    def __init__(self, task_id: str, *, retries: int = 0, retry_delay: timedelta = timedelta(minutes=5),
                 email: list[str] | str | None = None, email_on_failure: bool = True,
                 on_failure_callback=None, queue: str = "default", **kwargs) -> None:
        from dagflow.sdk.definitions.dag import DAG

        dag = DAG._context[-1] if DAG._context else None
        defaults = dag.default_args if dag else {}
        self.task_id = task_id
        self.retries = defaults.get("retries", retries)
        self.retry_delay = defaults.get("retry_delay", retry_delay)
        self.email = email or defaults.get("email")
        self.email_on_failure = defaults.get("email_on_failure", email_on_failure)
        cb = on_failure_callback or defaults.get("on_failure_callback")
        self.on_failure_callback = cb if isinstance(cb, list) else ([cb] if cb else [])
        self.queue = queue
        self.upstream: list[BaseOperator] = []
        if dag:
            dag.add_task(self)

    def __rshift__(self, other):
        for o in other if isinstance(other, list) else [other]:
            o.upstream.append(self)
        return other

    def defer(self, *, trigger, method_name: str):
        from dagflow.sdk.execution_time.task_runner import TaskDeferred

        raise TaskDeferred(trigger, method_name)

    def execute(self, context):
        raise NotImplementedError


class PythonOperator(BaseOperator):
    def __init__(self, task_id: str, python_callable, op_args=(), op_kwargs=None, **kwargs) -> None:
        super().__init__(task_id, **kwargs)
        self.python_callable = python_callable
        self.op_args = op_args
        self.op_kwargs = op_kwargs or {}

    def execute(self, context):
        return self.python_callable(*self.op_args, **self.op_kwargs)


class BaseNotifier:
    """Callable usable as on_*_callback. Runs where the callback runs: task-level callbacks on the
    worker, DAG-level callbacks in the dag-processor."""

    def notify(self, context) -> None:
        raise NotImplementedError

    def __call__(self, context) -> None:
        self.notify(context)
