"""This file and its contents are licensed under the Apache License 2.0. Please see the included NOTICE for copyright information and LICENSE for a copy of the license.
"""
import logging

from core.redis import start_job_async_or_sync
from django.db import models
from django.db.models import JSONField
from django.utils.translation import gettext_lazy as _
from ml.api_connector import MLApi

logger = logging.getLogger(__name__)

MAX_JOBS_PER_PROJECT = 1


class MLBackendState(models.TextChoices):
    CONNECTED = 'CO', _('Connected')
    DISCONNECTED = 'DI', _('Disconnected')
    ERROR = 'ER', _('Error')
    TRAINING = 'TR', _('Training')
    PREDICTING = 'PR', _('Predicting')


class MLBackendAuth(models.TextChoices):
    NONE = 'NONE', _('None')
    BASIC_AUTH = 'BASIC_AUTH', _('Basic Auth')


class MLBackend(models.Model):
    """ """

    state = models.CharField(max_length=2, choices=MLBackendState.choices, default=MLBackendState.DISCONNECTED)
    is_interactive = models.BooleanField(_('is_interactive'), default=False, help_text='Used to interactively annotate tasks.')
    url = models.TextField(_('url'), help_text='URL for the machine learning model server')
    error_message = models.TextField(_('error_message'), blank=True, null=True)
    title = models.TextField(_('title'), blank=True, null=True, default='default')
    auth_method = models.CharField(max_length=255, choices=MLBackendAuth.choices, default=MLBackendAuth.NONE)
    basic_auth_user = models.TextField(_('basic auth user'), null=True, blank=True, default='')
    basic_auth_pass = models.TextField(_('basic auth password'), null=True, blank=True, default='')
    extra_params = JSONField(_('extra params'), null=True)
    model_version = models.TextField(_('model version'), blank=True, null=True, default='')
    timeout = models.FloatField(_('timeout'), blank=True, default=100.0)
    project = models.ForeignKey('projects.Project', on_delete=models.CASCADE, related_name='ml_backends')
    auto_update = models.BooleanField(_('auto_update'), default=True)
    created_at = models.DateTimeField(_('created at'), auto_now_add=True)
    updated_at = models.DateTimeField(_('updated at'), auto_now=True)

    def __str__(self):
        return f'{self.title} (id={self.id}, url={self.url})'

    @property
    def api(self):
        return MLApi(
            url=self.url,
            timeout=self.timeout,
            auth_method=self.auth_method,
            basic_auth_user=self.basic_auth_user,
            basic_auth_pass=self.basic_auth_pass,
        )

    @staticmethod
    def healthcheck_(url, auth_method=None, **kwargs):
        return MLApi(url=url, auth_method=auth_method, **kwargs).health()

    def has_permission(self, user):
        return self.project.has_permission(user)

    @staticmethod
    def setup_(url, project, model_version=None, extra_params=None, **kwargs):
        api = MLApi(url=url, **kwargs)
        if not isinstance(project, models.Model):
            from projects.models import Project

            project = Project.objects.get(pk=int(project))
        return api.setup(project, model_version=model_version, extra_params=extra_params)

    def setup(self):
        return self.setup_(self.url, self.project, self.model_version, self.extra_params, auth_method=self.auth_method)

    def update_state(self):
        model_version = None
        if self.healthcheck_(self.url, self.auth_method).is_error:
            self.state = MLBackendState.DISCONNECTED
        else:
            setup_response = self.setup()
            if setup_response.is_error:
                logger.info(f'ML backend responds with error: {setup_response.error_message}')
                self.state = MLBackendState.ERROR
                self.error_message = setup_response.error_message
            else:
                self.state = MLBackendState.CONNECTED
                model_version = setup_response.response.get('model_version')
                logger.info(f'ML backend responds with success: {setup_response}')
                self.model_version = model_version
                self.error_message = None
        self.save()

    def train(self):
        train_response = self.api.train(self.project)
        if train_response.is_error:
            self.state = MLBackendState.ERROR
            self.error_message = train_response.error_message
        else:
            self.state = MLBackendState.TRAINING
            current_train_job = train_response.response.get('job')
            if current_train_job:
                MLBackendTrainJob.objects.create(job_id=current_train_job, ml_backend=self)
        self.save()

    def predict_tasks(self, tasks):
        from tasks.serializers import PredictionSerializer, TaskSimpleSerializer

        self.update_state()
        if self.not_ready:
            logger.debug(f'ML backend {self} is not ready')
            return

        tasks_ser = TaskSimpleSerializer(tasks, many=True).data
        ml_api_result = self.api.make_predictions(tasks_ser, self.project)
        if ml_api_result.is_error:
            logger.info(f'Prediction not created by ML backend {self.url}: {ml_api_result.error_message}')
            return

        responses = ml_api_result.response.get('results', [])
        for task, response in zip(tasks, responses):
            predictions = response if isinstance(response, list) else [response]
            for prediction in predictions:
                prediction['task'] = task.id
                prediction['model_version'] = prediction.get('model_version') or self.model_version
                serializer = PredictionSerializer(data=prediction)
                if serializer.is_valid():
                    serializer.save()

    @property
    def not_ready(self):
        return self.state in (MLBackendState.DISCONNECTED, MLBackendState.ERROR)


class MLBackendPredictionJob(models.Model):
    job_id = models.CharField(max_length=128)
    ml_backend = models.ForeignKey(MLBackend, related_name='prediction_jobs', on_delete=models.CASCADE)
    model_version = models.TextField(_('model version'), blank=True, null=True)
    created_at = models.DateTimeField(_('created at'), auto_now_add=True)


class MLBackendTrainJob(models.Model):
    job_id = models.CharField(max_length=128)
    ml_backend = models.ForeignKey(MLBackend, related_name='train_jobs', on_delete=models.CASCADE)
    model_version = models.TextField(_('model version'), blank=True, null=True)
    created_at = models.DateTimeField(_('created at'), auto_now_add=True)


def _get_predictions_for_tasks(ml_backend_id, task_ids):
    from tasks.models import Task

    ml_backend = MLBackend.objects.get(id=ml_backend_id)
    ml_backend.predict_tasks(Task.objects.filter(id__in=task_ids))


def retrieve_predictions_for_tasks(ml_backend, task_ids):
    start_job_async_or_sync(_get_predictions_for_tasks, ml_backend.id, task_ids, queue_name='low')
