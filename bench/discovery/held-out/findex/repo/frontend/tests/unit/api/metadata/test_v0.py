import unittest
from http import HTTPStatus

import responses

from findex_application import create_app

local_app = create_app('findex_application.config.TestConfig', 'tests/templates')


class MetadataTest(unittest.TestCase):
    def setUp(self) -> None:
        self.expected_table = {
            'database': 'hive',
            'cluster': 'gold',
            'schema': 'core',
            'name': 'rides',
            'description': 'One row per ride',
        }

    @responses.activate
    def test_get_table_metadata_success(self) -> None:
        url = local_app.config['METADATASERVICE_BASE'] + '/table/hive://gold.core/rides?index=&source='
        self.assertEqual(local_app.config['METADATASERVICE_BASE'], 'http://metadata-test:5002')
        responses.add(responses.GET, url, json=self.expected_table, status=HTTPStatus.OK)

        with local_app.test_client() as test:
            response = test.get('/api/metadata/v0/table', query_string=dict(key='hive://gold.core/rides',
                                                                           index='', source=''))
            self.assertEqual(response.status_code, HTTPStatus.OK)
            self.assertEqual(response.json['tableData']['name'], 'rides')

    @responses.activate
    def test_popular_resources_failure(self) -> None:
        url = local_app.config['METADATASERVICE_BASE'] + '/popular_resources/'
        responses.add(responses.GET, url, json={}, status=HTTPStatus.BAD_REQUEST)
        with local_app.test_client() as test:
            response = test.get('/api/metadata/v0/popular_resources')
            self.assertEqual(response.status_code, HTTPStatus.BAD_REQUEST)
