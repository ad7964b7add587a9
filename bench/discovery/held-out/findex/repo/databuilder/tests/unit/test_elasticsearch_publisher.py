import json
import unittest
from unittest.mock import MagicMock, mock_open, patch

from pyhocon import ConfigFactory

from databuilder.publisher.elasticsearch_publisher import ElasticsearchPublisher


class TestElasticsearchPublisher(unittest.TestCase):

    def setUp(self) -> None:
        self.mock_es_client = MagicMock()
        self.test_file_path = 'test_publisher_file.json'
        self.test_file_mode = 'r'
        self.conf = ConfigFactory.from_dict({
            'file_path': self.test_file_path,
            'mode': self.test_file_mode,
            'client': self.mock_es_client,
            'new_index': 'test_es_new_index',
            'alias': 'test_es_alias',
        })

    def test_publish_with_no_data(self) -> None:
        with patch('builtins.open', mock_open(read_data='')):
            publisher = ElasticsearchPublisher()
            publisher.init(conf=self.conf)
            publisher.publish()
            self.mock_es_client.indices.create.assert_not_called()

    def test_publish_with_data_and_no_old_index(self) -> None:
        doc = json.dumps({'KEY_DOESNOT_MATTER': 'NO_VALUE', 'KEY_DOESNOT_MATTER2': 'NO_VALUE2'})
        with patch('builtins.open', mock_open(read_data=doc)):
            self.mock_es_client.indices.get_alias.side_effect = Exception('not found')
            publisher = ElasticsearchPublisher()
            publisher.init(conf=self.conf)
            publisher.publish()
            self.mock_es_client.indices.create.assert_called_once()
            self.mock_es_client.bulk.assert_called_once()
            self.mock_es_client.indices.update_aliases.assert_called_once()

