import logging
import os
import threading

from redash.query_runner import (
    TYPE_DATE,
    TYPE_DATETIME,
    TYPE_FLOAT,
    TYPE_INTEGER,
    TYPE_STRING,
    BaseSQLQueryRunner,
    InterruptException,
    register,
)
from redash.settings import parse_boolean
from redash.utils import json_dumps, json_loads

try:
    import MySQLdb

    enabled = True
except ImportError:
    enabled = False

logger = logging.getLogger(__name__)
types_map = {0: TYPE_FLOAT, 1: TYPE_INTEGER, 3: TYPE_INTEGER, 4: TYPE_FLOAT, 5: TYPE_FLOAT, 7: TYPE_DATETIME, 10: TYPE_DATE, 253: TYPE_STRING}


class Mysql(BaseSQLQueryRunner):
    noop_query = "SELECT 1"

    @classmethod
    def configuration_schema(cls):
        show_ssl_settings = parse_boolean(os.environ.get("MYSQL_SHOW_SSL_SETTINGS", "true"))
        schema = {
            "type": "object",
            "properties": {
                "host": {"type": "string", "default": "127.0.0.1"},
                "user": {"type": "string"},
                "passwd": {"type": "string", "title": "Password"},
                "db": {"type": "string", "title": "Database name"},
                "port": {"type": "number", "default": 3306},
            },
            "order": ["host", "port", "user", "passwd", "db"],
            "required": ["db"],
            "secret": ["passwd"],
        }
        if show_ssl_settings:
            schema["properties"]["use_ssl"] = {"type": "boolean", "title": "Use SSL"}
        return schema

    @classmethod
    def name(cls):
        return "MySQL"

    @classmethod
    def enabled(cls):
        return enabled

    def _connection(self):
        params = dict(
            host=self.configuration.get("host", ""),
            user=self.configuration.get("user", ""),
            passwd=self.configuration.get("passwd", ""),
            db=self.configuration["db"],
            port=self.configuration.get("port", 3306),
            charset="utf8",
            use_unicode=True,
            connect_timeout=60,
        )
        return MySQLdb.connect(**params)

    def run_query(self, query, user):
        connection = self._connection()
        try:
            cursor = connection.cursor()
            cursor.execute(query)
            data = cursor.fetchall()
            desc = cursor.description
            columns = [{"name": d[0], "friendly_name": d[0], "type": types_map.get(d[1])} for d in desc]
            rows = [dict(zip((c["name"] for c in columns), row)) for row in data]
            return json_dumps({"columns": columns, "rows": rows}), None
        except MySQLdb.Error as e:
            return None, e.args[1] if len(e.args) > 1 else str(e)
        except (KeyboardInterrupt, InterruptException):
            return None, "Query cancelled by user."
        finally:
            connection.close()


register(Mysql)
