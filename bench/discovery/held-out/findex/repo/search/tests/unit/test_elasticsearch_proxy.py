import unittest
from unittest.mock import MagicMock, patch

from search_service import create_app
from search_service.proxy.elasticsearch import ElasticsearchProxy


class TestElasticsearchProxy(unittest.TestCase):
    def setUp(self) -> None:
        self.app = create_app(config_module_class='search_service.config.TestConfig')
        self.app_context = self.app.app_context()
        self.app_context.push()
        self.mock_es = MagicMock()
        self.proxy = ElasticsearchProxy(host='http://es-test:9200', client=self.mock_es)

    def tearDown(self) -> None:
        self.app_context.pop()

    def test_uses_injected_client(self) -> None:
        self.assertIs(self.proxy.elasticsearch, self.mock_es)

    @patch('search_service.proxy.elasticsearch.Elasticsearch')
    def test_builds_client_from_host(self, mock_cls: MagicMock) -> None:
        ElasticsearchProxy(host='es-test')
        mock_cls.assert_called_once_with('http://es-test:9200', http_auth=None)
