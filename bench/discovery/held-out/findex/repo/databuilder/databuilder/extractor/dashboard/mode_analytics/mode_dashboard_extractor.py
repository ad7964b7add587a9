import logging
from typing import Any, Dict, Iterator, List, Optional

import requests
from pyhocon import ConfigTree
from requests.auth import HTTPBasicAuth

from databuilder import Scoped

LOGGER = logging.getLogger(__name__)

MODE_API_BASE = 'https://app.mode.com/api'


class ModeDashboardExtractor(Scoped):
    """
    A Extractor that extracts core metadata on Mode dashboard. https://app.mode.com/
    It extracts list of reports that consists of:
        Dashboard group name (Space name)
        Dashboard group id (Space token)
        Dashboard name (Report name)
        Dashboard id (Report token)
        Dashboard description (Report description)
    """
    ORGANIZATION = 'organization'
    MODE_ACCESS_TOKEN = 'mode_user_token'
    MODE_PASSWORD_TOKEN = 'mode_password_token'
    API_BASE = 'api_base'

    def init(self, conf: ConfigTree) -> None:
        self._conf = conf
        self._organization = conf.get_string(ModeDashboardExtractor.ORGANIZATION)
        self._api_base = conf.get_string(ModeDashboardExtractor.API_BASE, MODE_API_BASE)
        self._auth = HTTPBasicAuth(conf.get_string(ModeDashboardExtractor.MODE_ACCESS_TOKEN),
                                   conf.get_string(ModeDashboardExtractor.MODE_PASSWORD_TOKEN))
        self._session = requests.Session()
        self._session.headers.update({'Accept': 'application/hal+json'})
        self._extract_iter: Optional[Iterator[Dict[str, Any]]] = None

    def _get(self, path: str) -> Dict[str, Any]:
        url = f'{self._api_base}/{self._organization}{path}'
        response = self._session.get(url, auth=self._auth, timeout=30)
        response.raise_for_status()
        return response.json()

    def _spaces(self) -> List[Dict[str, Any]]:
        return self._get('/spaces?filter=all')['_embedded']['spaces']

    def _get_extract_iter(self) -> Iterator[Dict[str, Any]]:
        for space in self._spaces():
            reports = self._get(f"/spaces/{space['token']}/reports")['_embedded']['reports']
            for report in reports:
                yield {
                    'organization': self._organization,
                    'dashboard_group_id': space['token'],
                    'dashboard_group': space['name'],
                    'dashboard_group_description': space.get('description'),
                    'dashboard_id': report['token'],
                    'dashboard_name': report['name'],
                    'description': report.get('description'),
                    'created_timestamp': report.get('created_at'),
                    'product': 'mode',
                }

    def extract(self) -> Any:
        if not self._extract_iter:
            self._extract_iter = self._get_extract_iter()
        try:
            return next(self._extract_iter)
        except StopIteration:
            return None

    def get_scope(self) -> str:
        return 'extractor.mode_dashboard'
