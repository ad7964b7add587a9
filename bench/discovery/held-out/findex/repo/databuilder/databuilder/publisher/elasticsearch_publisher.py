import json
import logging
from typing import List

from elasticsearch import Elasticsearch
from pyhocon import ConfigTree

from databuilder import Scoped

LOGGER = logging.getLogger(__name__)


class ElasticsearchPublisher(Scoped):
    """
    Elasticsearch Publisher uses Bulk API to load data from JSON file.
    A new index is created and data is uploaded into it. After the upload
    is complete, index alias is swapped to point to new index from old index
    and traffic is routed to new index.
    Old index is deleted after the alias swap is complete
    """
    FILE_PATH_CONFIG_KEY = 'file_path'
    FILE_MODE_CONFIG_KEY = 'mode'

    ELASTICSEARCH_CLIENT_CONFIG_KEY = 'client'
    ELASTICSEARCH_DOC_TYPE_CONFIG_KEY = 'doc_type'
    ELASTICSEARCH_NEW_INDEX_CONFIG_KEY = 'new_index'
    ELASTICSEARCH_ALIAS_CONFIG_KEY = 'alias'
    ELASTICSEARCH_MAPPING_CONFIG_KEY = 'mapping'

    # config to control how many max documents to publish at a time
    ELASTICSEARCH_PUBLISHER_BATCH_SIZE = 'batch_size'

    def init(self, conf: ConfigTree) -> None:
        self.conf = conf
        self.file_path = self.conf.get_string(ElasticsearchPublisher.FILE_PATH_CONFIG_KEY)
        self.file_mode = self.conf.get_string(ElasticsearchPublisher.FILE_MODE_CONFIG_KEY, 'r')
        self.elasticsearch_type = self.conf.get_string(ElasticsearchPublisher.ELASTICSEARCH_DOC_TYPE_CONFIG_KEY,
                                                       '_doc')
        self.elasticsearch_client: Elasticsearch = self.conf.get(
            ElasticsearchPublisher.ELASTICSEARCH_CLIENT_CONFIG_KEY)
        self.elasticsearch_new_index = self.conf.get(ElasticsearchPublisher.ELASTICSEARCH_NEW_INDEX_CONFIG_KEY)
        self.elasticsearch_alias = self.conf.get(ElasticsearchPublisher.ELASTICSEARCH_ALIAS_CONFIG_KEY)
        self.elasticsearch_mapping = self.conf.get(ElasticsearchPublisher.ELASTICSEARCH_MAPPING_CONFIG_KEY, None)
        self.elasticsearch_batch_size = self.conf.get(ElasticsearchPublisher.ELASTICSEARCH_PUBLISHER_BATCH_SIZE,
                                                      10000)
        self.file_handler = open(self.file_path, self.file_mode)

    def _fetch_old_index(self) -> List[str]:
        try:
            indices = self.elasticsearch_client.indices.get_alias(index=self.elasticsearch_alias).keys()
            return list(indices)
        except Exception:
            LOGGER.warning('Received index not found error from Elasticsearch. '
                           'The index doesnt exist for a newly created ES. It\'s OK on first run.')
            return []

    def publish(self) -> None:
        actions = [json.loads(line) for line in self.file_handler.readlines()]
        if not actions:
            LOGGER.warning('received no data to upload to Elasticsearch!')
            return

        old_index = self._fetch_old_index()
        self.elasticsearch_client.indices.create(index=self.elasticsearch_new_index,
                                                 body=self.elasticsearch_mapping)
        bulk_actions = []
        for action in actions:
            bulk_actions.append({'index': {'_index': self.elasticsearch_new_index}})
            bulk_actions.append(action)
            if len(bulk_actions) >= self.elasticsearch_batch_size:
                self.elasticsearch_client.bulk(operations=bulk_actions)
                bulk_actions = []
        if bulk_actions:
            self.elasticsearch_client.bulk(operations=bulk_actions)

        update_action = {'actions': [{'add': {'index': self.elasticsearch_new_index,
                                              'alias': self.elasticsearch_alias}}]}
        for old in old_index:
            update_action['actions'].append({'remove_index': {'index': old}})
        self.elasticsearch_client.indices.update_aliases(body=update_action)

    def close(self) -> None:
        self.file_handler.close()

    def get_scope(self) -> str:
        return 'publisher.elasticsearch'
