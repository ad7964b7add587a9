import logging
from typing import Any, Dict, List, Optional

from elasticsearch import Elasticsearch
from elasticsearch_dsl import MultiSearch, Search
from elasticsearch_dsl.query import MultiMatch

from search_service.proxy.base import BaseProxy

LOGGER = logging.getLogger(__name__)

DEFAULT_ES_PORT = 9200

RESOURCE_TO_INDEX = {
    'table': 'table_search_index',
    'dashboard': 'dashboard_search_index',
    'feature': 'feature_search_index',
    'user': 'user_search_index',
}


class ElasticsearchProxy(BaseProxy):
    """
    ElasticSearch connection handler
    """

    def __init__(self, *,
                 host: str = None,
                 user: str = '',
                 password: str = '',
                 client: Elasticsearch = None,
                 page_size: int = 10) -> None:
        if client:
            self.elasticsearch = client
        else:
            http_auth = (user, password) if user else None
            if host and '://' not in host:
                host = 'http://{}:{}'.format(host, DEFAULT_ES_PORT)
            self.elasticsearch = Elasticsearch(host, http_auth=http_auth)
        self.page_size = page_size

    def _build_search(self, index: str, query_term: str, fields: List[str]) -> Search:
        return Search(index=index).query(MultiMatch(query=query_term, fields=fields, type='most_fields'))

    def search(self, *, query_term: str, page_index: int, results_per_page: int,
               resource_types: List[str], filters: Dict) -> Dict[str, Any]:
        multisearch = MultiSearch(using=self.elasticsearch)
        for resource in resource_types:
            s = self._build_search(RESOURCE_TO_INDEX[resource], query_term,
                                   ['name^3', 'name.raw^3', 'schema^2', 'description', 'column_names'])
            start = page_index * results_per_page
            multisearch = multisearch.add(s[start:start + results_per_page])
        responses = multisearch.execute()
        results: Dict[str, Any] = {}
        for resource, response in zip(resource_types, responses):
            results[resource] = {
                'results': [hit.to_dict() for hit in response],
                'total_results': response.hits.total.value,
            }
        return {'msg': 'Success', 'page_index': page_index, 'results': results}

    def fetch_table_search_results(self, *, query_term: str, page_index: int = 0,
                                   index: Optional[str] = '') -> Dict[str, Any]:
        current_index = index if index else RESOURCE_TO_INDEX['table']
        s = self._build_search(current_index, query_term, ['display_name^1000', 'name.raw^75', 'description'])
        s = s.using(self.elasticsearch)
        start = page_index * self.page_size
        response = s[start:start + self.page_size].execute()
        return {'total_results': response.hits.total.value,
                'results': [hit.to_dict() for hit in response]}
