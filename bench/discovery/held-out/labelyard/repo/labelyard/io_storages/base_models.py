"""This file and its contents are licensed under the Apache License 2.0. Please see the included NOTICE for copyright information and LICENSE for a copy of the license.
"""
import json
import logging
import traceback
from datetime import datetime

import django_rq
from core.redis import is_job_on_worker, redis_connected, start_job_async_or_sync
from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from tasks.models import Annotation, Task

logger = logging.getLogger(__name__)


class StorageInfo(models.Model):
    class Status(models.TextChoices):
        INITIALIZED = 'initialized', _('Initialized')
        QUEUED = 'queued', _('Queued')
        IN_PROGRESS = 'in_progress', _('In progress')
        FAILED = 'failed', _('Failed')
        COMPLETED = 'completed', _('Completed')

    last_sync = models.DateTimeField(_('last sync'), null=True, blank=True)
    last_sync_count = models.PositiveIntegerField(_('last sync count'), null=True, blank=True)
    last_sync_job = models.CharField(_('last_sync_job'), null=True, blank=True, max_length=256)
    status = models.CharField(max_length=64, choices=Status.choices, default=Status.INITIALIZED)
    traceback = models.TextField(null=True, blank=True)
    meta = models.JSONField(null=True, default=dict)

    class Meta:
        abstract = True

    def info_set_queued(self):
        self.last_sync = None
        self.last_sync_count = None
        self.status = self.Status.QUEUED
        self.save(update_fields=['last_sync', 'last_sync_count', 'status'])

    def info_set_completed(self, last_sync_count, **kwargs):
        self.status = self.Status.COMPLETED
        self.last_sync = timezone.now()
        self.last_sync_count = last_sync_count
        self.meta.update(kwargs)
        self.save(update_fields=['status', 'last_sync', 'last_sync_count', 'meta'])

    def info_set_failed(self):
        self.status = self.Status.FAILED
        self.traceback = str(traceback.format_exc())
        self.save(update_fields=['status', 'traceback'])


class Storage(StorageInfo):
    url_scheme = ''

    title = models.CharField(_('title'), null=True, blank=True, max_length=256)
    description = models.TextField(_('description'), null=True, blank=True)
    created_at = models.DateTimeField(_('created at'), auto_now_add=True)
    synchronizable = models.BooleanField(_('synchronizable'), default=True)

    def validate_connection(self, client=None):
        pass

    class Meta:
        abstract = True


class ImportStorage(Storage):
    def iterkeys(self):
        raise NotImplementedError

    def get_data(self, key):
        raise NotImplementedError

    def generate_http_url(self, url):
        raise NotImplementedError

    def resolve_uri(self, uri, task=None):
        return self.generate_http_url(uri)

    def _scan_and_create_links(self, link_class):
        tasks_created = 0
        for key in self.iterkeys():
            if link_class.exists(key, self):
                continue
            data = self.get_data(key)
            with transaction.atomic():
                task = Task.objects.create(data=data, project=self.project, is_labeled=False)
                link_class.create(task, key, self)
            tasks_created += 1
        self.info_set_completed(last_sync_count=tasks_created)

    def scan_and_create_links(self):
        raise NotImplementedError

    def sync(self):
        if redis_connected():
            queue = django_rq.get_queue('low')
            meta = {'project': self.project.id, 'storage': self.id}
            if not is_job_on_worker(job_id=self.last_sync_job, queue_name='default'):
                job = queue.enqueue(
                    import_sync_background, self.__class__, self.id, meta=meta, job_timeout=settings.RQ_LONG_JOB_TIMEOUT
                )
                self.info_set_queued()
                self.last_sync_job = job.id
                self.save(update_fields=['last_sync_job'])
        else:
            logger.info(f'Start syncing storage {self}')
            self.scan_and_create_links()

    class Meta:
        abstract = True


class ImportStorageLink(models.Model):
    task = models.OneToOneField('tasks.Task', on_delete=models.CASCADE, related_name='%(app_label)s_%(class)s')
    key = models.TextField(_('key'), null=False, help_text='External link key')
    created_at = models.DateTimeField(_('created at'), auto_now_add=True)

    @classmethod
    def exists(cls, key, storage):
        return cls.objects.filter(key=key, storage=storage.id).exists()

    @classmethod
    def create(cls, task, key, storage):
        link, created = cls.objects.get_or_create(task_id=task.id, key=key, storage=storage)
        return link

    class Meta:
        abstract = True


class ExportStorage(Storage):
    can_delete_objects = models.BooleanField(_('can_delete_objects'), null=True, blank=True)

    def save_annotation(self, annotation):
        raise NotImplementedError

    def save_all_annotations(self):
        annotation_exported = 0
        for annotation in Annotation.objects.filter(project=self.project):
            self.save_annotation(annotation)
            annotation_exported += 1
        self.info_set_completed(last_sync_count=annotation_exported, total_annotations=annotation_exported)

    def sync(self):
        start_job_async_or_sync(export_sync_background, self.__class__, self.id, job_timeout=settings.RQ_LONG_JOB_TIMEOUT)

    class Meta:
        abstract = True


class ExportStorageLink(models.Model):
    annotation = models.ForeignKey('tasks.Annotation', on_delete=models.CASCADE, related_name='%(app_label)s_%(class)s')
    created_at = models.DateTimeField(_('created at'), auto_now_add=True)
    updated_at = models.DateTimeField(_('updated at'), auto_now=True)

    @staticmethod
    def get_key(annotation):
        return str(annotation.task.id)

    @classmethod
    def create(cls, annotation, storage):
        link, created = cls.objects.get_or_create(annotation=annotation, storage=storage)
        if not created:
            link.updated_at = datetime.now()
            link.save()
        return link

    class Meta:
        abstract = True


def import_sync_background(storage_class, storage_id, **kwargs):
    storage = storage_class.objects.get(id=storage_id)
    storage.scan_and_create_links()


def export_sync_background(storage_class, storage_id, **kwargs):
    storage = storage_class.objects.get(id=storage_id)
    storage.save_all_annotations()
