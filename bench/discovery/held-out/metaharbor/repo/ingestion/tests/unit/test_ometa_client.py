"""
Unit tests for the REST client URL building
"""
from unittest import TestCase
from unittest.mock import MagicMock, patch

from metadata.generated.connections import MetaharborConnection
from metadata.ingestion.ometa.ometa_api import Metaharbor


class OMetaClientTest(TestCase):
    """Check the client against a mocked session"""

    server_config = MetaharborConnection(hostPort="http://localhost:8585/api")

    @patch("requests.Session.request")
    def test_url_building(self, request_mock: MagicMock):
        response = MagicMock()
        response.text = '{"version": "1.3.1"}'
        response.json.return_value = {"version": "1.3.1"}
        request_mock.return_value = response
        metadata = Metaharbor(self.server_config)
        self.assertTrue(metadata.health_check())
        args, _ = request_mock.call_args
        self.assertEqual(args[1], "http://localhost:8585/api/v1/system/version")

    def test_suffix(self):
        self.assertEqual(Metaharbor.get_suffix("Table"), "/tables")
        self.assertEqual(Metaharbor.get_suffix("IngestionPipeline"), "/services/ingestionPipelines")
