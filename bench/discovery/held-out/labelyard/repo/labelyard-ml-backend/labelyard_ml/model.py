import json
import logging
import os
import sqlite3
from abc import ABC
from typing import Dict, List, Optional, Union

from labelyard_sdk._extensions.labelyard_tools.core.label_config import parse_config
from labelyard_sdk._extensions.labelyard_tools.core.utils.io import get_local_path
from labelyard_sdk.label_interface import LabelInterface
from semver import Version

from .response import ModelResponse

logger = logging.getLogger(__name__)

CACHE_PATH = os.getenv('MODEL_DIR', '.')

# Labelyard hostname and API key, used to download task data (uploaded files, storages)
LABELYARD_URL = os.getenv('LABELYARD_URL', os.getenv('LABELYARD_HOST'))
LABELYARD_API_KEY = os.getenv('LABELYARD_API_KEY', os.getenv('LABELYARD_ACCESS_TOKEN'))


class SimpleKeyValueCache:
    """Very small sqlite-backed cache keyed by project id, stored in MODEL_DIR/cache.db"""

    def __init__(self, path):
        self.path = os.path.join(path, 'cache.db')
        with sqlite3.connect(self.path) as conn:
            conn.execute('CREATE TABLE IF NOT EXISTS cache (project TEXT, key TEXT, value TEXT, PRIMARY KEY (project, key))')

    def __getitem__(self, item):
        project, key = item
        with sqlite3.connect(self.path) as conn:
            row = conn.execute('SELECT value FROM cache WHERE project=? AND key=?', (project, key)).fetchone()
        if row is None:
            raise KeyError(item)
        return row[0]

    def __setitem__(self, item, value):
        project, key = item
        with sqlite3.connect(self.path) as conn:
            conn.execute('REPLACE INTO cache (project, key, value) VALUES (?, ?, ?)', (project, key, value))


CACHE = SimpleKeyValueCache(CACHE_PATH)


class LabelyardMLBase(ABC):
    """
    This is the base class for all Labelyard Machine Learning models.
    It provides the structure and functions necessary for the machine learning models.
    """

    INITIAL_MODEL_VERSION = '0.0.1'

    TRAIN_EVENTS = ('ANNOTATION_CREATED', 'ANNOTATION_UPDATED', 'ANNOTATION_DELETED', 'START_TRAINING')

    def __init__(self, project_id: Optional[str] = None, label_config=None):
        self.project_id = project_id or ''
        if label_config is not None:
            self.use_label_config(label_config)
        # set initial model version
        if not self.model_version:
            self.set('model_version', self.INITIAL_MODEL_VERSION)
        self.setup()

    def setup(self):
        """Abstract method for setting up the machine learning model."""
        pass

    def use_label_config(self, label_config: str):
        current_label_config = self.get('label_config')
        if not current_label_config:
            self.set('label_config', label_config)
            self.set('parsed_label_config', json.dumps(parse_config(label_config)))
        elif current_label_config != label_config:
            self.set('label_config', label_config)
            self.set('parsed_label_config', json.dumps(parse_config(label_config)))

    def set_labelyard_connection(self, hostname: Optional[str], access_token: Optional[str]):
        if hostname:
            self.set('hostname', hostname)
        if access_token:
            self.set('access_token', access_token)

    def set_extra_params(self, extra_params):
        self.set('extra_params', json.dumps(extra_params))

    @property
    def extra_params(self):
        params = self.get('extra_params')
        return json.loads(params) if params else {}

    def get(self, key: str):
        try:
            return CACHE[self.project_id, key]
        except KeyError:
            return None

    def set(self, key: str, value: str):
        CACHE[self.project_id, key] = value

    def has(self, key: str):
        return self.get(key) is not None

    @property
    def label_interface(self):
        return LabelInterface(config=self.get('label_config'))

    @property
    def parsed_label_config(self):
        return json.loads(self.get('parsed_label_config') or '{}')

    @property
    def label_config(self):
        return self.get('label_config')

    @property
    def model_version(self):
        return self.get('model_version')

    def bump_model_version(self):
        mv = self.model_version
        try:
            mv = str(Version.parse(mv).bump_minor())
        except ValueError:
            mv = self.INITIAL_MODEL_VERSION
        self.set('model_version', mv)
        return mv

    @property
    def hostname(self):
        return LABELYARD_URL or self.get('hostname')

    @property
    def access_token(self):
        return LABELYARD_API_KEY or self.get('access_token')

    def get_local_path(self, url, project_dir=None, ls_host=None, ls_access_token=None, task_id=None, *args, **kwargs):
        """Download the file behind `url` (Labelyard /data/upload, local storage, cloud storage
        or http) into the local cache and return its path. Labelyard-hosted URLs are fetched from
        the Labelyard API with `Authorization: Token <access_token>`.
        """
        return get_local_path(
            url,
            project_dir=project_dir,
            hostname=ls_host or self.hostname,
            access_token=ls_access_token or self.access_token,
            task_id=task_id,
            *args,
            **kwargs,
        )

    def preload_task_data(self, task: Dict, value=None, read_file=True):
        """Recursively replace all `http(s)://` / `/data/` strings in task data with file content."""
        if isinstance(value, dict):
            for key, item in value.items():
                value[key] = self.preload_task_data(task=task, value=item, read_file=read_file)
        elif isinstance(value, list):
            return [self.preload_task_data(task=task, value=item, read_file=read_file) for item in value]
        elif isinstance(value, str) and (value.startswith('http') or value.startswith('/data/') or '://' in value):
            filepath = self.get_local_path(url=value, task_id=task.get('id'))
            if not read_file:
                return filepath
            with open(filepath, 'r') as f:
                return f.read()
        return value

    def predict(self, tasks: List[Dict], context: Optional[Dict] = None, **kwargs) -> Union[List[Dict], ModelResponse]:
        """Predict and return a list of dicts with predictions for each task."""
        pass

    def fit(self, event, data, **additional_params):
        """Update the model on annotation events coming from Labelyard /webhook."""
        pass
