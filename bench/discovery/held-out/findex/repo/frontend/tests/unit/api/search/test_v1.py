import unittest
from http import HTTPStatus

import responses

from findex_application import create_app

local_app = create_app('findex_application.config.TestConfig', 'tests/templates')

SEARCH_URL = 'http://search-test:5001/v2/search'


class SearchTest(unittest.TestCase):
    @responses.activate
    def test_search_success(self) -> None:
        responses.add(responses.POST, SEARCH_URL,
                      json={'results': {'table': {'results': [], 'total_results': 0}}},
                      status=HTTPStatus.OK)
        with local_app.test_client() as test:
            response = test.post('/api/search/v1/search', json={'searchTerm': 'rides', 'pageIndex': 0})
            self.assertEqual(response.status_code, HTTPStatus.OK)
            self.assertEqual(response.json['search_term'], 'rides')

    def test_search_missing_term(self) -> None:
        with local_app.test_client() as test:
            response = test.post('/api/search/v1/search', json={'pageIndex': 0})
            self.assertEqual(response.status_code, HTTPStatus.INTERNAL_SERVER_ERROR)
