import csv
import logging
import os
import time
from os import listdir
from os.path import isfile, join
from typing import Dict, List

from neo4j import GraphDatabase, Transaction
from pyhocon import ConfigFactory, ConfigTree

from databuilder import Scoped

# Config keys
# A directory that contains CSV files for nodes
NODE_FILES_DIR = 'node_files_directory'
# A directory that contains CSV files for relationships
RELATION_FILES_DIR = 'relation_files_directory'
# A end point for Neo4j e.g: bolt://localhost:9999
NEO4J_END_POINT_KEY = 'neo4j_endpoint'
# A transaction size that determines how often it commits.
NEO4J_TRANSACTION_SIZE = 'neo4j_transaction_size'
# Setting field_name will be used to add a timestamp property to the nodes and relations
JOB_PUBLISH_TAG = 'job_publish_tag'
NEO4J_MAX_CONN_LIFE_TIME_SEC = 'neo4j_max_conn_life_time_sec'
NEO4J_USER = 'neo4j_user'
NEO4J_PASSWORD = 'neo4j_password'
NEO4J_ENCRYPTED = 'neo4j_encrypted'

DEFAULT_CONFIG = ConfigFactory.from_dict({NEO4J_TRANSACTION_SIZE: 500,
                                          NEO4J_MAX_CONN_LIFE_TIME_SEC: 50,
                                          NEO4J_ENCRYPTED: True})

LOGGER = logging.getLogger(__name__)


class Neo4jCsvPublisher(Scoped):
    """
    A Publisher takes two folders for input and publishes to Neo4j.
    One folder will contain CSV file(s) for Node where the other folder will contain CSV file(s) for Relationship.
    """

    def init(self, conf: ConfigTree) -> None:
        conf = conf.with_fallback(DEFAULT_CONFIG)
        self._node_files = self._list_files(conf, NODE_FILES_DIR)
        self._relation_files = self._list_files(conf, RELATION_FILES_DIR)
        self._driver = GraphDatabase.driver(
            conf.get_string(NEO4J_END_POINT_KEY),
            max_connection_lifetime=conf.get_int(NEO4J_MAX_CONN_LIFE_TIME_SEC),
            auth=(conf.get_string(NEO4J_USER), conf.get_string(NEO4J_PASSWORD)),
            encrypted=conf.get_bool(NEO4J_ENCRYPTED))
        self._transaction_size = conf.get_int(NEO4J_TRANSACTION_SIZE)
        self.publish_tag: str = conf.get_string(JOB_PUBLISH_TAG)
        if not self.publish_tag:
            raise Exception(f'{JOB_PUBLISH_TAG} should not be empty')

    def _list_files(self, conf: ConfigTree, path_key: str) -> List[str]:
        path = conf.get_string(path_key)
        return [join(path, f) for f in listdir(path) if isfile(join(path, f))]

    def publish(self) -> None:
        start = time.time()
        LOGGER.info(f'Publishing Node csv files {self._node_files}, and Relation CSV files {self._relation_files}')
        with self._driver.session() as session:
            tx = session.begin_transaction()
            count = 0
            for node_file in self._node_files:
                with open(node_file, 'r', encoding='utf8') as f:
                    for row in csv.DictReader(f):
                        tx = self._publish_node(row, tx)
                        count += 1
                        if count % self._transaction_size == 0:
                            tx.commit()
                            tx = session.begin_transaction()
            for rel_file in self._relation_files:
                with open(rel_file, 'r', encoding='utf8') as f:
                    for row in csv.DictReader(f):
                        tx = self._publish_relation(row, tx)
            tx.commit()
        LOGGER.info(f'Committed total {count} statements in {time.time() - start} seconds')

    def _publish_node(self, row: Dict[str, str], tx: Transaction) -> Transaction:
        props = {k: v for k, v in row.items() if k not in ('KEY', 'LABEL')}
        tx.run(f"MERGE (node:{row['LABEL']} {{key: $key}}) "
               f"SET node += $props, node.published_tag = $tag, node.publisher_last_updated_epoch_ms = timestamp()",
               key=row['KEY'], props=props, tag=self.publish_tag)
        return tx

    def _publish_relation(self, row: Dict[str, str], tx: Transaction) -> Transaction:
        tx.run(f"MATCH (n1:{row['START_LABEL']} {{key: $start}}), (n2:{row['END_LABEL']} {{key: $end}}) "
               f"MERGE (n1)-[r1:{row['TYPE']}]->(n2)-[r2:{row['REVERSE_TYPE']}]->(n1) "
               f"SET r1.published_tag = $tag, r2.published_tag = $tag",
               start=row['START_KEY'], end=row['END_KEY'], tag=self.publish_tag)
        return tx

    def close(self) -> None:
        self._driver.close()

    def get_scope(self) -> str:
        return 'publisher.neo4j'
