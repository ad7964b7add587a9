"""This file and its contents are licensed under the Apache License 2.0. Please see the included NOTICE for copyright information and LICENSE for a copy of the license.
"""
from django.db import models
from django.utils.translation import gettext_lazy as _


class Webhook(models.Model):
    """Model of webhooks.

    If webhook has not actions, then it will send data for all actions.
    """

    organization = models.ForeignKey('organizations.Organization', on_delete=models.CASCADE, related_name='webhooks')
    project = models.ForeignKey('projects.Project', null=True, on_delete=models.CASCADE, related_name='webhooks', default=None)
    url = models.URLField(_('URL of webhook'), max_length=2048, help_text=_('URL of webhook'))
    send_payload = models.BooleanField(_('does webhook send the payload'), default=True)
    send_for_all_actions = models.BooleanField(_('Use webhook for all actions'), default=True)
    headers = models.JSONField(_('request extra headers of webhook'), validators=[], default=dict)
    is_active = models.BooleanField(_('is webhook active'), default=True)
    created_at = models.DateTimeField(_('creation time'), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_('updating time'), auto_now=True, db_index=True)

    def get_actions(self):
        return WebhookAction.objects.filter(webhook=self).values_list('action', flat=True)

    def has_permission(self, user):
        return self.organization.has_user(user)

    class Meta:
        db_table = 'webhook'


class WebhookAction(models.Model):
    PROJECT_CREATED = 'PROJECT_CREATED'
    PROJECT_UPDATED = 'PROJECT_UPDATED'
    PROJECT_DELETED = 'PROJECT_DELETED'
    TASKS_CREATED = 'TASKS_CREATED'
    TASKS_DELETED = 'TASKS_DELETED'
    ANNOTATION_CREATED = 'ANNOTATION_CREATED'
    ANNOTATIONS_CREATED = 'ANNOTATIONS_CREATED'
    ANNOTATION_UPDATED = 'ANNOTATION_UPDATED'
    ANNOTATIONS_DELETED = 'ANNOTATIONS_DELETED'
    START_TRAINING = 'START_TRAINING'

    ACTIONS = {
        PROJECT_CREATED: {'name': _('Project created'), 'key': 'project', 'many': False, 'model': 'projects.Project'},
        PROJECT_UPDATED: {'name': _('Project updated'), 'key': 'project', 'many': False, 'model': 'projects.Project'},
        PROJECT_DELETED: {'name': _('Project deleted'), 'key': 'project', 'many': False, 'model': 'projects.Project'},
        TASKS_CREATED: {'name': _('Task created'), 'key': 'tasks', 'many': True, 'model': 'tasks.Task'},
        TASKS_DELETED: {'name': _('Task deleted'), 'key': 'tasks', 'many': True, 'model': 'tasks.Task'},
        ANNOTATION_CREATED: {'name': _('Annotation created'), 'key': 'annotation', 'many': False, 'model': 'tasks.Annotation'},
        ANNOTATIONS_CREATED: {'name': _('Annotations created'), 'key': 'annotation', 'many': True, 'model': 'tasks.Annotation'},
        ANNOTATION_UPDATED: {'name': _('Annotation updated'), 'key': 'annotation', 'many': False, 'model': 'tasks.Annotation'},
        ANNOTATIONS_DELETED: {'name': _('Annotation deleted'), 'key': 'annotations', 'many': True, 'model': 'tasks.Annotation'},
        START_TRAINING: {'name': _('Start training'), 'key': 'project', 'many': False, 'model': 'projects.Project'},
    }

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name='actions')
    action = models.CharField(_('action of webhook'), choices=[[k, v['name']] for k, v in ACTIONS.items()], max_length=128, db_index=True)

    class Meta:
        db_table = 'webhook_action'
        unique_together = [['webhook', 'action']]
