"""This file and its contents are licensed under the Apache License 2.0. Please see the included NOTICE for copyright information and LICENSE for a copy of the license.
"""
import logging

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from tasks.models import Task  # noqa: F401

logger = logging.getLogger(__name__)


class Project(models.Model):
    title = models.CharField(_('title'), null=True, blank=True, default='', max_length=50)
    description = models.TextField(_('description'), blank=True, null=True, default='')
    label_config = models.TextField(_('label config'), blank=True, null=True, default='<View></View>')
    expert_instruction = models.TextField(_('expert instruction'), blank=True, null=True, default='')
    model_version = models.TextField(_('model version'), blank=True, null=True, default='')
    task_data_login = models.CharField(_('task_data_login'), max_length=256, blank=True, null=True)
    task_data_password = models.CharField(_('task_data_password'), max_length=256, blank=True, null=True)
    organization = models.ForeignKey('organizations.Organization', on_delete=models.CASCADE, related_name='projects', null=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, related_name='created_projects', on_delete=models.SET_NULL, null=True)
    created_at = models.DateTimeField(_('created at'), auto_now_add=True)
    updated_at = models.DateTimeField(_('updated at'), auto_now=True)
    show_collab_predictions = models.BooleanField(_('show predictions to annotator'), default=True)
    evaluate_predictions_automatically = models.BooleanField(_('evaluate predictions automatically'), default=False)

    @property
    def ml_backend_active_connection(self):
        return self.ml_backends.first()

    @property
    def ml_backend(self):
        return self.ml_backends.first()

    def has_permission(self, user):
        return self.organization.has_user(user)

    def __str__(self):
        return f'{self.title} (id={self.id})' or _('Business number %d') % self.pk
