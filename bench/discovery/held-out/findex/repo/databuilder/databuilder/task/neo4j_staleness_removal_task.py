import logging
import textwrap
import time
from typing import Iterable

from neo4j import GraphDatabase
from pyhocon import ConfigFactory, ConfigTree

from databuilder import Scoped

LOGGER = logging.getLogger(__name__)

TARGET_NODES = 'target_nodes'
TARGET_RELATIONS = 'target_relations'
STALENESS_MAX_PCT = 'staleness_max_pct'
MS_TO_EXPIRE = 'milliseconds_to_expire'
NEO4J_END_POINT_KEY = 'neo4j_endpoint'
NEO4J_USER = 'neo4j_user'
NEO4J_PASSWORD = 'neo4j_password'
DRY_RUN = 'dry_run'

DEFAULT_CONFIG = ConfigFactory.from_dict({STALENESS_MAX_PCT: 5, TARGET_NODES: [], TARGET_RELATIONS: [],
                                          DRY_RUN: False})


class Neo4jStalenessRemovalTask(Scoped):
    """
    A Specific task that is to remove stale nodes and relations in Neo4j.
    It will use "published_tag" attribute assigned from Neo4jCsvPublisher and if "published_tag" is different from
    the one it is getting it from the config, it will regard the node/relation as stale.
    """

    def init(self, conf: ConfigTree) -> None:
        conf = Scoped.get_scoped_conf(conf, self.get_scope()).with_fallback(DEFAULT_CONFIG)
        self.target_nodes: Iterable[str] = set(conf.get_list(TARGET_NODES))
        self.target_relations: Iterable[str] = set(conf.get_list(TARGET_RELATIONS))
        self.ms_to_expire = conf.get_int(MS_TO_EXPIRE)
        self.staleness_pct = conf.get_int(STALENESS_MAX_PCT)
        self.dry_run = conf.get_bool(DRY_RUN)
        self._driver = GraphDatabase.driver(conf.get_string(NEO4J_END_POINT_KEY),
                                            auth=(conf.get_string(NEO4J_USER), conf.get_string(NEO4J_PASSWORD)),
                                            encrypted=False)

    def get_scope(self) -> str:
        return 'task.remove_stale_data'

    def run(self) -> None:
        cutoff = int(time.time() * 1000) - self.ms_to_expire
        with self._driver.session() as session:
            for label in self.target_nodes:
                statement = textwrap.dedent(f"""
                MATCH (target:{label})
                WHERE target.publisher_last_updated_epoch_ms < $cutoff
                {'RETURN count(target) as count' if self.dry_run else 'DETACH DELETE target'}
                """)
                LOGGER.info('Removing stale %s nodes older than %s', label, cutoff)
                session.run(statement, cutoff=cutoff)

    def close(self) -> None:
        self._driver.close()
