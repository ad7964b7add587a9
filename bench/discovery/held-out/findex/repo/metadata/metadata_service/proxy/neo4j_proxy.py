import logging
import time
from typing import Any, Dict, List, Optional, Union

import neo4j
from neo4j import GraphDatabase

from metadata_service.proxy.base_proxy import BaseProxy
from metadata_service.proxy.statsd_utilities import timer_with_counter

_CACHE_EXPIRATION_SEC = 60 * 60 * 24
LOGGER = logging.getLogger(__name__)


class Neo4jProxy(BaseProxy):
    """
    A proxy to Neo4j (Gateway to Neo4j)
    """

    def __init__(self, *,
                 host: str,
                 port: int,
                 user: str = 'neo4j',
                 password: str = '',
                 num_conns: int = 50,
                 max_connection_lifetime_sec: int = 100,
                 encrypted: bool = False,
                 validate_ssl: bool = False,
                 **kwargs: dict) -> None:
        """
        There's currently no request timeout from client side where server
        side can be enforced via "dbms.transaction.timeout"
        By default, it will set max number of connections to 50 and connection time out to 10 seconds.
        """
        endpoint = f'{host}:{port}'
        LOGGER.info('NEO4J endpoint: {}'.format(endpoint))
        trust = neo4j.TRUST_SYSTEM_CA_SIGNED_CERTIFICATES if validate_ssl else neo4j.TRUST_ALL_CERTIFICATES
        self._driver = GraphDatabase.driver(endpoint, max_connection_pool_size=num_conns,
                                            connection_timeout=10,
                                            max_connection_lifetime=max_connection_lifetime_sec,
                                            auth=(user, password),
                                            encrypted=encrypted,
                                            trust=trust)

    def _execute_cypher_query(self, *, statement: str, param_dict: Dict[str, Any]) -> List:
        LOGGER.debug('Executing Cypher query: {statement} with params {params}: '.format(statement=statement,
                                                                                          params=param_dict))
        start = time.time()
        try:
            with self._driver.session() as session:
                return list(session.run(statement, **param_dict))
        finally:
            LOGGER.debug('Cypher query execution elapsed for {} seconds'.format(time.time() - start))

    @timer_with_counter
    def get_table(self, *, table_uri: str) -> Dict[str, Any]:
        table_query = """
        MATCH (db:Database)-[:CLUSTER]->(clstr:Cluster)-[:SCHEMA]->(schema:Schema)
        -[:TABLE]->(tbl:Table {key: $tbl_key})-[:COLUMN]->(col:Column)
        OPTIONAL MATCH (tbl)-[:DESCRIPTION]->(tbl_dscrpt:Description)
        OPTIONAL MATCH (col)-[:DESCRIPTION]->(col_dscrpt:Description)
        OPTIONAL MATCH (tbl)-[:TAGGED_BY]->(tag:Tag)
        RETURN db, clstr, schema, tbl, tbl_dscrpt, collect(DISTINCT col) as cols,
               collect(DISTINCT col_dscrpt) as col_descriptions, collect(DISTINCT tag) as tags
        """
        records = self._execute_cypher_query(statement=table_query, param_dict={'tbl_key': table_uri})
        if not records:
            raise Exception('Table URI({table_uri}) does not exist'.format(table_uri=table_uri))
        record = records[0]
        return {
            'database': record['db']['name'],
            'cluster': record['clstr']['name'],
            'schema': record['schema']['name'],
            'name': record['tbl']['name'],
            'description': record['tbl_dscrpt']['description'] if record['tbl_dscrpt'] else None,
            'columns': [{'name': c['name'], 'col_type': c['col_type'], 'sort_order': c['sort_order']}
                        for c in record['cols']],
            'tags': [{'tag_name': t['key'], 'tag_type': t['tag_type']} for t in record['tags']],
        }

    @timer_with_counter
    def get_table_description(self, *, table_uri: str) -> Union[str, None]:
        query = """
        MATCH (n:Table {key: $key})-[:DESCRIPTION]->(d:Description) RETURN d.description AS description;
        """
        records = self._execute_cypher_query(statement=query, param_dict={'key': table_uri})
        return records[0]['description'] if records else None

    @timer_with_counter
    def put_table_description(self, *, table_uri: str, description: str) -> None:
        upsert_desc_query = """
        MERGE (u:Description {key: $desc_key})
        on CREATE SET u={description: $description, key: $desc_key}
        on MATCH SET u={description: $description, key: $desc_key}
        WITH u
        MATCH (n1:Description {key: $desc_key}), (n2:Table {key: $tbl_key})
        MERGE (n2)-[r2:DESCRIPTION]->(n1)
        RETURN n1.key, n2.key
        """
        self._execute_cypher_query(statement=upsert_desc_query,
                                   param_dict={'description': description,
                                               'desc_key': table_uri + '/_description',
                                               'tbl_key': table_uri})

    @timer_with_counter
    def add_tag(self, *, id: str, tag: str, tag_type: str = 'default') -> None:
        query = """
        MERGE (u:Tag {key: $tag, tag_type: $tag_type})
        WITH u MATCH (t:Table {key: $key}) MERGE (t)-[:TAGGED_BY]->(u)-[:TAG]->(t)
        """
        self._execute_cypher_query(statement=query, param_dict={'tag': tag, 'key': id, 'tag_type': tag_type})

    @timer_with_counter
    def delete_tag(self, *, id: str, tag: str, tag_type: str = 'default') -> None:
        query = """
        MATCH (n1:Tag {key: $tag, tag_type: $tag_type})-[r1:TAG]->(n2:Table {key: $key})-[r2:TAGGED_BY]->(n1)
        DELETE r1,r2
        """
        self._execute_cypher_query(statement=query, param_dict={'tag': tag, 'key': id, 'tag_type': tag_type})

    @timer_with_counter
    def get_popular_tables(self, *, num_entries: int, user_id: Optional[str] = None) -> List[Dict[str, Any]]:
        query = """
        MATCH (tbl:Table)-[r:READ_BY]->(u:User)
        WITH tbl.key as table_key, count(distinct u) as readers, sum(r.read_count) as total_reads
        WHERE readers >= 10
        RETURN table_key, readers, total_reads, (readers * log(total_reads)) as score
        ORDER BY score DESC LIMIT $num_entries;
        """
        records = self._execute_cypher_query(statement=query, param_dict={'num_entries': num_entries})
        return [{'key': r['table_key']} for r in records]

    @timer_with_counter
    def get_latest_updated_ts(self) -> Optional[int]:
        query = """
        MATCH (n:Updatedtimestamp{key: 'findex_updated_timestamp'}) RETURN n as ts
        """
        records = self._execute_cypher_query(statement=query, param_dict={})
        return records[0]['ts']['latest_timestamp'] if records else None
