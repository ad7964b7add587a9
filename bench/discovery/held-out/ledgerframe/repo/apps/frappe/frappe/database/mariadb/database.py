import pymysql
from pymysql.constants import ER


class MariaDBDatabase:
    def __init__(self, host, port, user, password):
        self.host = host
        self.port = int(port)
        self.user = user
        self.password = password
        self._conn = None

    def get_connection(self):
        self._conn = pymysql.connect(
            host=self.host,
            port=self.port,
            user=self.user,
            password=self.password,
            database=self.user,
            charset="utf8mb4",
            use_unicode=True,
        )
        return self._conn

    def sql(self, query, values=()):
        if not self._conn:
            self.get_connection()
        with self._conn.cursor() as cur:
            cur.execute(query, values)
            return cur.fetchall()

    def is_table_missing(self, e):
        return e.args[0] == ER.NO_SUCH_TABLE
