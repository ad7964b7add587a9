"""This file and its contents are licensed under the Apache License 2.0. Please see the included NOTICE for copyright information and LICENSE for a copy of the license.
"""
import logging
import os
import urllib

import attr
import requests
from core.feature_flags import flag_set
from core.utils.common import load_func
from django.conf import settings
from django.db.models import Count
from requests.adapters import HTTPAdapter
from requests.auth import HTTPBasicAuth

version = '1.14.0'
logger = logging.getLogger(__name__)

CONNECTION_TIMEOUT = float(settings.ML_CONNECTION_TIMEOUT) if hasattr(settings, 'ML_CONNECTION_TIMEOUT') else 1.0
TIMEOUT_DEFAULT = 100.0
TIMEOUT_TRAIN = float(settings.ML_TIMEOUT_TRAIN)
TIMEOUT_PREDICT = float(settings.ML_TIMEOUT_PREDICT)
TIMEOUT_HEALTH = float(settings.ML_TIMEOUT_HEALTH)
TIMEOUT_SETUP = float(settings.ML_TIMEOUT_SETUP)


class BaseHTTPAPI(object):
    MAX_RETRIES = 2
    HEADERS = {
        'User-Agent': 'labelyard/' + (version or ''),
    }

    def __init__(self, url, timeout=None, connection_timeout=None, max_retries=None, headers=None, **kwargs):
        self._url = url
        self._timeout = timeout or TIMEOUT_DEFAULT
        self._connection_timeout = connection_timeout or CONNECTION_TIMEOUT
        self._headers = headers or {}
        self._max_retries = max_retries or self.MAX_RETRIES
        self._sessions = {self._session_key(): self.create_session()}

    def create_session(self):
        session = requests.Session()
        session.headers.update(self.HEADERS)
        session.headers.update(self._headers)
        session.mount('http://', HTTPAdapter(max_retries=self._max_retries))
        session.mount('https://', HTTPAdapter(max_retries=self._max_retries))
        return session

    def _session_key(self):
        return os.getpid()

    @property
    def http(self):
        key = self._session_key()
        if key in self._sessions:
            return self._sessions[key]
        else:
            session = self.create_session()
            self._sessions[key] = session
            return session

    def _prepare_kwargs(self, kwargs):
        # add timeout if it's not presented
        if 'timeout' not in kwargs:
            kwargs['timeout'] = self._connection_timeout, self._timeout

    def request(self, method, *args, **kwargs):
        self._prepare_kwargs(kwargs)
        return self.http.request(method, *args, **kwargs)

    def get(self, *args, **kwargs):
        return self.request('GET', *args, **kwargs)

    def post(self, *args, **kwargs):
        return self.request('POST', *args, **kwargs)


@attr.s
class MLApiResult(object):
    url = attr.ib(default='')
    request = attr.ib(default='')
    response = attr.ib(default=attr.Factory(dict))
    headers = attr.ib(default=attr.Factory(dict))
    type = attr.ib(default='ok')
    status_code = attr.ib(default=200)

    @property
    def is_error(self):
        return self.type == 'error'

    @property
    def error_message(self):
        return self.response.get('error')


class MLApi(BaseHTTPAPI):
    def __init__(self, **kwargs):
        if kwargs.get('auth_method') == 'BASIC_AUTH':
            self._auth = HTTPBasicAuth(kwargs.get('basic_auth_user'), kwargs.get('basic_auth_pass'))
        else:
            self._auth = None
        super(MLApi, self).__init__(**kwargs)

    def _get_url(self, url_suffix):
        url = self._url
        if url[-1] != '/':
            url += '/'
        return urllib.parse.urljoin(url, url_suffix)

    def _request(self, url_suffix, request=None, verbose=True, method='POST', *args, **kwargs):
        assert method in ('POST', 'GET')
        url = self._get_url(url_suffix)
        request = request or {}
        headers = dict(self.http.headers)
        response = None
        try:
            if method == 'POST':
                response = self.post(url=url, json=request, auth=self._auth, *args, **kwargs)
            else:
                response = self.get(url=url, auth=self._auth, *args, **kwargs)
            response.raise_for_status()
        except requests.exceptions.RequestException as e:
            status_code = response.status_code if response is not None else 0
            return MLApiResult(url, request, {'error': str(e)}, headers, 'error', status_code=status_code)
        status_code = response.status_code
        try:
            response = response.json()
        except ValueError as e:
            return MLApiResult(url, request, {'error': str(e), 'response': response.content}, headers, 'error', status_code=status_code)
        return MLApiResult(url, request, response, headers, status_code=status_code)

    def _create_project_uid(self, project):
        time_id = int(project.created_at.timestamp())
        return f'{project.id}.{time_id}'

    def train(self, project, use_ground_truth=False):
        # Identify if feature flag is turned on
        if flag_set('ff_back_dev_1417_start_training_mlbackend_webhooks_250122_long', user='auto'):
            request = {
                'action': 'START_TRAINING',
                'project': load_func(settings.WEBHOOK_SERIALIZERS['project'])(instance=project).data,
            }
            return self._request('webhook', request, verbose=False, timeout=TIMEOUT_TRAIN)

        from data_export.serializers import ExportDataSerializer

        # get only tasks with annotations
        tasks = project.tasks.annotate(num_annotations=Count('annotations')).filter(num_annotations__gt=0)
        tasks_ser = ExportDataSerializer(tasks, many=True).data
        logger.debug(f'{len(tasks_ser)} tasks with annotations are sent to ML backend for training.')
        request = {
            'annotations': tasks_ser,
            'project': self._create_project_uid(project),
            'label_config': project.label_config,
            'params': {'login': project.task_data_login, 'password': project.task_data_password},
        }
        return self._request('train', request, verbose=False, timeout=TIMEOUT_TRAIN)

    def _prep_prediction_req(self, tasks, project, context=None):
        return {
            'tasks': tasks,
            'model_version': project.model_version,
            'project': self._create_project_uid(project),
            'label_config': project.label_config,
            'params': {
                'login': project.task_data_login,
                'password': project.task_data_password,
                'context': context,
            },
        }

    def make_predictions(self, tasks, project, context=None):
        request = self._prep_prediction_req(tasks, project, context=context)
        return self._request('predict', request, verbose=False, timeout=TIMEOUT_PREDICT)

    def health(self):
        return self._request('health', method='GET', timeout=TIMEOUT_HEALTH)

    def validate(self, config):
        return self._request('validate', request={'config': config}, timeout=TIMEOUT_SETUP)

    def setup(self, project, model_version=None, **kwargs):
        return self._request(
            'setup',
            request={
                'project': self._create_project_uid(project),
                'schema': project.label_config,
                'hostname': settings.HOSTNAME if settings.HOSTNAME else ('http://localhost:' + settings.INTERNAL_PORT),
                'access_token': project.created_by.auth_token.key,
                'model_version': model_version,
                'extra_params': kwargs.get('extra_params'),
            },
            timeout=TIMEOUT_SETUP,
        )

    def send_webhook(self, payload):
        """Training is started by ML backend via /webhook on annotation events"""
        return self._request('webhook', request=payload, timeout=TIMEOUT_TRAIN)

    def delete(self, project):
        return self._request('delete', request={'project': self._create_project_uid(project)})


def get_ml_api(project):
    if project.ml_backend_active_connection is None:
        return None
    if project.ml_backend_active_connection.ml_backend is None:
        return None
    return MLApi(url=project.ml_backend_active_connection.ml_backend.url)
