import textwrap
from typing import Any

from neo4j import GraphDatabase
from pyhocon import ConfigTree

from databuilder import Scoped


class Neo4jSearchDataExtractor(Scoped):
    """
    Extractor to fetch data required to support search from Neo4j graph database
    Use Neo4jExtractor extractor class
    """
    GRAPH_URL_CONFIG_KEY = 'graph_url'
    CYPHER_QUERY_CONFIG_KEY = 'cypher_query'
    NEO4J_AUTH_USER = 'neo4j_auth_user'
    NEO4J_AUTH_PW = 'neo4j_auth_pw'

    DEFAULT_NEO4J_TABLE_CYPHER_QUERY = textwrap.dedent(
        """
        MATCH (db:Database)<-[:CLUSTER_OF]-(cluster:Cluster)
        <-[:SCHEMA_OF]-(schema:Schema)<-[:TABLE_OF]-(table:Table)
        OPTIONAL MATCH (table)-[:DESCRIPTION]->(table_description:Description)
        OPTIONAL MATCH (table)-[:TAGGED_BY]->(tags:Tag) WHERE tags.tag_type='default'
        OPTIONAL MATCH (table)-[read:READ_BY]->(user:User)
        OPTIONAL MATCH (table)-[:COLUMN]->(cols:Column)
        WITH db, cluster, schema, table, table_description, COLLECT(DISTINCT tags.key) as tags,
             SUM(read.read_count) AS total_usage, COUNT(DISTINCT user.email) as unique_usage,
             COLLECT(DISTINCT cols.name) AS column_names
        RETURN db.name as database, cluster.name AS cluster, schema.name AS schema,
               table.name AS name, table.key AS key, table_description.description AS description,
               column_names, total_usage, unique_usage, tags
        ORDER BY table.name;
        """
    )

    def init(self, conf: ConfigTree) -> None:
        self.conf = conf
        self.graph_url = conf.get_string(Neo4jSearchDataExtractor.GRAPH_URL_CONFIG_KEY)
        self.cypher_query = conf.get_string(Neo4jSearchDataExtractor.CYPHER_QUERY_CONFIG_KEY,
                                            Neo4jSearchDataExtractor.DEFAULT_NEO4J_TABLE_CYPHER_QUERY)
        self.driver = GraphDatabase.driver(self.graph_url,
                                           auth=(conf.get_string(Neo4jSearchDataExtractor.NEO4J_AUTH_USER),
                                                 conf.get_string(Neo4jSearchDataExtractor.NEO4J_AUTH_PW)),
                                           encrypted=False)
        self._extract_iter = None

    def _execute_query(self) -> Any:
        with self.driver.session() as session:
            return iter([dict(r) for r in session.run(self.cypher_query)])

    def extract(self) -> Any:
        if not self._extract_iter:
            self._extract_iter = self._execute_query()
        try:
            return next(self._extract_iter)
        except StopIteration:
            return None

    def close(self) -> None:
        self.driver.close()

    def get_scope(self) -> str:
        return 'extractor.search_data'
