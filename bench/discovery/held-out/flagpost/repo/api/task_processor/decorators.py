import logging
import typing
from threading import Thread

from django.conf import settings
from django.db.transaction import on_commit

from task_processor.models import Task
from task_processor.task_registry import register_task
from task_processor.task_run_method import TaskRunMethod

logger = logging.getLogger(__name__)


class TaskHandler:
    def __init__(self, f: typing.Callable, task_name: str = None, transaction_on_commit: bool = True):
        self.unwrapped = f
        self.task_identifier = f"{f.__module__.rsplit('.')[-1]}.{task_name or f.__name__}"
        self.transaction_on_commit = transaction_on_commit
        register_task(self.task_identifier, f)

    def __call__(self, *args, **kwargs):
        return self.unwrapped(*args, **kwargs)

    def delay(self, *, delay_until=None, args=(), kwargs=None):
        kwargs = kwargs or {}
        if settings.TASK_RUN_METHOD == TaskRunMethod.SYNCHRONOUSLY:
            return self.unwrapped(*args, **kwargs)
        if settings.TASK_RUN_METHOD == TaskRunMethod.SEPARATE_THREAD:
            logger.debug("Running task '%s' in separate thread", self.task_identifier)
            Thread(target=self.unwrapped, args=args, kwargs=kwargs, daemon=True).start()
            return None
        # TASK_PROCESSOR: persist the task in postgres, the processor picks it up
        task = Task.create(self.task_identifier, args=args, kwargs=kwargs, scheduled_for=delay_until)
        if self.transaction_on_commit:
            on_commit(task.save)
        else:
            task.save()
        return task


def register_task_handler(task_name: str = None, transaction_on_commit: bool = True):
    def decorator(f: typing.Callable) -> TaskHandler:
        return TaskHandler(f, task_name=task_name, transaction_on_commit=transaction_on_commit)

    return decorator
