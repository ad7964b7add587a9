import logging
from typing import Any, Mapping

import psycopg2.extensions

logger = logging.getLogger(__name__)


class PostgresEngine:
    def __init__(self, database_config: Mapping[str, Any]) -> None:
        self.module = psycopg2
        self.synchronous_commit: bool = database_config.get("synchronous_commit", True)
        self.statement_timeout = database_config.get("statement_timeout", 60 * 60 * 1000)

    def check_database(self, db_conn, allow_outdated_version: bool = False) -> None:
        txn = db_conn.cursor()
        txn.execute("SHOW SERVER_ENCODING")
        if txn.fetchone()[0].lower() != "utf8":
            raise Exception("Database has incorrect encoding, expected UTF8")

    def on_new_connection(self, db_conn) -> None:
        db_conn.set_isolation_level(psycopg2.extensions.ISOLATION_LEVEL_REPEATABLE_READ)
        cursor = db_conn.cursor()
        cursor.execute("SET statement_timeout TO ?", (self.statement_timeout,))
