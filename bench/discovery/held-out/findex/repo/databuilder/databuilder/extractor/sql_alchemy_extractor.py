from typing import Any

from pyhocon import ConfigTree
from sqlalchemy import create_engine

from databuilder import Scoped


class SQLAlchemyExtractor(Scoped):
    # Config keys
    CONN_STRING = 'conn_string'
    EXTRACT_SQL = 'extract_sql'
    CONNECT_ARGS = 'connect_args'
    """
    An Extractor that extracts records via SQLAlchemy. Database that supports SQLAlchemy can use this extractor
    """

    def init(self, conf: ConfigTree) -> None:
        self.conf = conf
        self.conn_string = conf.get_string(SQLAlchemyExtractor.CONN_STRING)
        self.connection = self._get_connection()
        self.extract_sql = conf.get_string(SQLAlchemyExtractor.EXTRACT_SQL)
        self._execute_query()

    def _get_connection(self) -> Any:
        connect_args = {k: v for k, v in self.conf.get(SQLAlchemyExtractor.CONNECT_ARGS, {}).items()}
        engine = create_engine(self.conn_string, connect_args=connect_args)
        return engine.connect()

    def _execute_query(self) -> None:
        self.results = iter(self.connection.execute(self.extract_sql))

    def extract(self) -> Any:
        try:
            return next(self.results)
        except StopIteration:
            return None

    def close(self) -> None:
        self.connection.close()

    def get_scope(self) -> str:
        return 'extractor.sqlalchemy'
