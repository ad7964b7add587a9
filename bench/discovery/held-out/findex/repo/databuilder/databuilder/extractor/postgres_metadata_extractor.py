from itertools import groupby
from typing import Any, Dict, Iterator, Union

from pyhocon import ConfigFactory, ConfigTree

from databuilder import Scoped
from databuilder.extractor.sql_alchemy_extractor import SQLAlchemyExtractor


class PostgresMetadataExtractor(Scoped):
    """
    Extracts Postgres table and column metadata from underlying meta store database using SQLAlchemyExtractor
    """
    SQL_STATEMENT = """
    SELECT
      {cluster_source} as cluster, c.table_schema as schema, c.table_name as name, pgtd.description as description
      ,c.column_name as col_name, c.data_type as col_type
      , pgcd.description as col_description, ordinal_position as col_sort_order
    FROM INFORMATION_SCHEMA.COLUMNS c
    INNER JOIN
      pg_catalog.pg_statio_all_tables as st on c.table_schema=st.schemaname and c.table_name=st.relname
    LEFT JOIN
      pg_catalog.pg_description pgcd on pgcd.objoid=st.relid and pgcd.objsubid=c.ordinal_position
    LEFT JOIN
      pg_catalog.pg_description pgtd on pgtd.objoid=st.relid and pgtd.objsubid=0
    {where_clause_suffix}
    ORDER by cluster, schema, name, col_sort_order ;
    """

    WHERE_CLAUSE_SUFFIX_KEY = 'where_clause_suffix'
    CLUSTER_KEY = 'cluster_key'
    USE_CATALOG_AS_CLUSTER_NAME = 'use_catalog_as_cluster_name'
    DATABASE_KEY = 'database_key'

    DEFAULT_CONFIG = ConfigFactory.from_dict({WHERE_CLAUSE_SUFFIX_KEY: ' ', CLUSTER_KEY: 'master',
                                              USE_CATALOG_AS_CLUSTER_NAME: True, DATABASE_KEY: 'postgres'})

    def init(self, conf: ConfigTree) -> None:
        conf = conf.with_fallback(PostgresMetadataExtractor.DEFAULT_CONFIG)
        self._cluster = conf.get_string(PostgresMetadataExtractor.CLUSTER_KEY)
        self._database = conf.get_string(PostgresMetadataExtractor.DATABASE_KEY)
        cluster_source = 'c.table_catalog' if conf.get_bool(PostgresMetadataExtractor.USE_CATALOG_AS_CLUSTER_NAME) \
            else f"'{self._cluster}'"
        self.sql_stmt = PostgresMetadataExtractor.SQL_STATEMENT.format(
            where_clause_suffix=conf.get_string(PostgresMetadataExtractor.WHERE_CLAUSE_SUFFIX_KEY),
            cluster_source=cluster_source)

        self._alchemy_extractor = SQLAlchemyExtractor()
        sql_alch_conf = Scoped.get_scoped_conf(conf, self._alchemy_extractor.get_scope()) \
            .with_fallback(ConfigFactory.from_dict({SQLAlchemyExtractor.EXTRACT_SQL: self.sql_stmt}))
        self._alchemy_extractor.init(sql_alch_conf)
        self._extract_iter: Union[None, Iterator] = None

    def extract(self) -> Any:
        if not self._extract_iter:
            self._extract_iter = self._get_extract_iter()
        try:
            return next(self._extract_iter)
        except StopIteration:
            return None

    def _get_extract_iter(self) -> Iterator[Dict[str, Any]]:
        rows = iter(lambda: self._alchemy_extractor.extract(), None)
        for key, group in groupby(rows, lambda r: (r['cluster'], r['schema'], r['name'])):
            columns = [{'name': r['col_name'], 'description': r['col_description'],
                        'col_type': r['col_type'], 'sort_order': r['col_sort_order']} for r in group]
            yield {'database': self._database, 'cluster': key[0], 'schema': key[1], 'name': key[2],
                   'columns': columns}

    def get_scope(self) -> str:
        return 'extractor.postgres_metadata'
