import json
import logging
import traceback
import typing

from django.db import transaction
from django.utils import timezone

from task_processor.models import Task, TaskRun

logger = logging.getLogger(__name__)

UNLOCK_AFTER_SECONDS = 60


def run_tasks(num_tasks: int = 1) -> typing.List[TaskRun]:
    if num_tasks < 1:
        raise ValueError("Number of tasks to process must be at least one")

    with transaction.atomic():
        tasks = list(
            Task.objects.select_for_update(skip_locked=True)
            .filter(scheduled_for__lte=timezone.now(), num_failures__lt=3, completed=False, is_locked=False)
            .order_by("priority", "scheduled_for")[:num_tasks]
        )
        Task.objects.filter(id__in=[t.id for t in tasks]).update(is_locked=True)

    executed = []
    for task in tasks:
        task_run = _run_task(task)
        executed.append(task_run)

    if executed:
        TaskRun.objects.bulk_create(executed)
        Task.objects.bulk_update(tasks, fields=["completed", "num_failures", "is_locked"])

    return executed


def _run_task(task: Task) -> TaskRun:
    task_run = TaskRun(task=task, started_at=timezone.now())
    try:
        func = Task.parse_task(task.task_identifier)
        func(*json.loads(task.serialized_args or "[]"), **json.loads(task.serialized_kwargs or "{}"))
        task.completed = True
        task_run.result = "SUCCESS"
    except Exception as e:
        logger.error("Failed to execute task '%s'. Exception was: %s", task.task_identifier, str(e))
        task.num_failures += 1
        task_run.result = "FAILURE"
        task_run.error_details = traceback.format_exc()
    task.is_locked = False
    task_run.finished_at = timezone.now()
    return task_run
