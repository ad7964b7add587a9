import logging
import select

import psycopg2
from psycopg2.extras import Range

from redash.query_runner import (
    TYPE_BOOLEAN,
    TYPE_DATE,
    TYPE_DATETIME,
    TYPE_FLOAT,
    TYPE_INTEGER,
    TYPE_STRING,
    BaseSQLQueryRunner,
    InterruptException,
    register,
)
from redash.utils import json_dumps, json_loads

logger = logging.getLogger(__name__)

types_map = {
    20: TYPE_INTEGER,
    21: TYPE_INTEGER,
    23: TYPE_INTEGER,
    700: TYPE_FLOAT,
    1700: TYPE_FLOAT,
    701: TYPE_FLOAT,
    16: TYPE_BOOLEAN,
    1082: TYPE_DATE,
    1114: TYPE_DATETIME,
    1184: TYPE_DATETIME,
    1014: TYPE_STRING,
    1015: TYPE_STRING,
    1008: TYPE_STRING,
    1009: TYPE_STRING,
    2951: TYPE_STRING,
}


def _wait(conn, timeout=None):
    while 1:
        try:
            state = conn.poll()
            if state == psycopg2.extensions.POLL_OK:
                break
            elif state == psycopg2.extensions.POLL_WRITE:
                select.select([], [conn.fileno()], [], timeout)
            elif state == psycopg2.extensions.POLL_READ:
                select.select([conn.fileno()], [], [], timeout)
            else:
                raise psycopg2.OperationalError("poll() returned %s" % state)
        except select.error:
            raise psycopg2.OperationalError("select.error received")


class PostgreSQL(BaseSQLQueryRunner):
    """User-facing data source type. Only connects when an admin creates a
    'pg' data source in the UI; host/user/password come from that data source's options."""

    noop_query = "SELECT 1"

    @classmethod
    def configuration_schema(cls):
        return {
            "type": "object",
            "properties": {
                "user": {"type": "string"},
                "password": {"type": "string"},
                "host": {"type": "string", "default": "127.0.0.1"},
                "port": {"type": "number", "default": 5432},
                "dbname": {"type": "string", "title": "Database Name"},
                "sslmode": {"type": "string", "title": "SSL Mode", "default": "prefer"},
            },
            "order": ["host", "port", "user", "password"],
            "required": ["dbname"],
            "secret": ["password"],
        }

    @classmethod
    def type(cls):
        return "pg"

    def _get_tables(self, schema):
        query = """
        SELECT table_schema, table_name, column_name
        FROM information_schema.columns
        WHERE table_schema NOT IN ('pg_catalog', 'information_schema');
        """
        results, error = self.run_query(query, None)
        if error is not None:
            raise Exception("Failed getting schema.")
        for row in json_loads(results)["rows"]:
            table_name = "{}.{}".format(row["table_schema"], row["table_name"])
            schema.setdefault(table_name, {"name": table_name, "columns": []})
            schema[table_name]["columns"].append(row["column_name"])
        return list(schema.values())

    def _get_connection(self):
        connection = psycopg2.connect(
            user=self.configuration.get("user"),
            password=self.configuration.get("password"),
            host=self.configuration.get("host"),
            port=self.configuration.get("port"),
            dbname=self.configuration.get("dbname"),
            sslmode=self.configuration.get("sslmode"),
            async_=True,
        )
        return connection

    def run_query(self, query, user):
        connection = self._get_connection()
        _wait(connection, timeout=10)
        cursor = connection.cursor()
        try:
            cursor.execute(query)
            _wait(connection)
            if cursor.description is not None:
                columns = [{"name": c[0], "friendly_name": c[0], "type": types_map.get(c[1], None)} for c in cursor.description]
                rows = [dict(zip((column["name"] for column in columns), row)) for row in cursor]
                data = {"columns": columns, "rows": rows}
                error = None
                json_data = json_dumps(data, ignore_nan=True)
            else:
                error = "Query completed but it returned no data."
                json_data = None
        except (select.error, OSError):
            error = "Query interrupted. Please retry."
            json_data = None
        except psycopg2.DatabaseError as e:
            error = str(e)
            json_data = None
        except (KeyboardInterrupt, InterruptException):
            connection.cancel()
            error = "Query cancelled by user."
            json_data = None
        finally:
            connection.close()
        return json_data, error


class Redshift(PostgreSQL):
    @classmethod
    def type(cls):
        return "redshift"


register(PostgreSQL)
register(Redshift)
