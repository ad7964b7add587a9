import typing
import uuid
from datetime import datetime

from django.db import models
from django.utils import timezone


class AbstractBaseTask(models.Model):
    uuid = models.UUIDField(unique=True, default=uuid.uuid4)
    created_at = models.DateTimeField(auto_now_add=True)
    task_identifier = models.CharField(max_length=200)
    serialized_args = models.TextField(blank=True, null=True)
    serialized_kwargs = models.TextField(blank=True, null=True)
    is_locked = models.BooleanField(default=False)

    class Meta:
        abstract = True


class Task(AbstractBaseTask):
    scheduled_for = models.DateTimeField(blank=True, null=True, default=timezone.now)
    num_failures = models.IntegerField(default=0)
    completed = models.BooleanField(default=False)
    priority = models.SmallIntegerField(default=None, null=True)

    class Meta:
        index_together = [["scheduled_for", "num_failures", "completed", "is_locked"]]

    @classmethod
    def create(cls, task_identifier: str, args=None, kwargs=None, scheduled_for: datetime = None):
        import json

        return Task(
            task_identifier=task_identifier,
            scheduled_for=scheduled_for or timezone.now(),
            serialized_args=json.dumps(args or ()),
            serialized_kwargs=json.dumps(kwargs or {}),
        )

    @classmethod
    def parse_task(cls, identifier: str) -> typing.Callable:
        from task_processor.task_registry import get_task

        return get_task(identifier)


class TaskRun(models.Model):
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="task_runs")
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(blank=True, null=True)
    result = models.CharField(max_length=50, blank=True, null=True)
    error_details = models.TextField(blank=True, null=True)
