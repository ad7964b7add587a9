import logging
from typing import Any, Dict, List

from atlasclient.client import Atlas

from search_service.proxy.base import BaseProxy

LOGGER = logging.getLogger(__name__)


class AtlasProxy(BaseProxy):
    """
    AtlasSearch connection handler
    """
    TABLE_ENTITY = 'Table'

    def __init__(self, *,
                 host: str = None,
                 port: int = 21000,
                 user: str = 'admin',
                 password: str = '',
                 encrypted: bool = False,
                 validate_ssl: bool = False,
                 client: Atlas = None,
                 page_size: int = 10) -> None:
        protocol = 'https' if encrypted else 'http'
        self.atlas = client or Atlas(host, port=port, username=user, password=password,
                                     protocol=protocol, validate_ssl=validate_ssl)
        self.page_size = page_size

    def search(self, *, query_term: str, page_index: int, results_per_page: int,
               resource_types: List[str], filters: Dict) -> Dict[str, Any]:
        return {'msg': 'Success', 'page_index': page_index,
                'results': {'table': self.fetch_table_search_results(query_term=query_term, page_index=page_index)}}

    def fetch_table_search_results(self, *, query_term: str, page_index: int = 0,
                                   index: str = '') -> Dict[str, Any]:
        query_params = {'typeName': self.TABLE_ENTITY, 'excludeDeletedEntities': True,
                        'query': query_term, 'limit': self.page_size,
                        'offset': page_index * self.page_size}
        search_results = self.atlas.search_basic.create(data=query_params)
        entities = [e for page in search_results for e in page.entities]
        return {'total_results': len(entities),
                'results': [{'name': e.attributes.get('name'), 'key': e.guid} for e in entities]}
