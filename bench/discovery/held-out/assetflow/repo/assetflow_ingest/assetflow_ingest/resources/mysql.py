import pandas as pd
import pymysql
from dagster import ConfigurableResource
from pymysql.cursors import DictCursor


class ErpMySQLResource(ConfigurableResource):
    """Connection to the legacy ERP MySQL (customers, invoices, products)."""

    host: str
    port: int = 3306
    user: str
    password: str
    database: str = "erp"

    def get_connection(self) -> pymysql.connections.Connection:
        return pymysql.connect(
            host=self.host,
            port=self.port,
            user=self.user,
            password=self.password,
            database=self.database,
            cursorclass=DictCursor,
            read_timeout=300,
            charset="utf8mb4",
        )

    def fetch_df(self, query: str, params: tuple | None = None) -> pd.DataFrame:
        conn = self.get_connection()
        try:
            with conn.cursor() as cur:
                cur.execute(query, params)
                rows = cur.fetchall()
        finally:
            conn.close()
        return pd.DataFrame.from_records(rows)
