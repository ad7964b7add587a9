"""Loading data frames into Snowflake."""
import os
from contextlib import contextmanager

import snowflake.connector
from snowflake.connector.pandas_tools import write_pandas


@contextmanager
def connect():
    conn = snowflake.connector.connect(
        account=os.environ["SNOWFLAKE_ACCOUNT"],
        user=os.environ["SNOWFLAKE_USER"],
        password=os.environ["SNOWFLAKE_PASSWORD"],
        warehouse=os.environ.get("SNOWFLAKE_WAREHOUSE", "LOADING_WH"),
        database=os.environ.get("SNOWFLAKE_DATABASE", "ANALYTICS"),
        schema=os.environ.get("SNOWFLAKE_SCHEMA", "RAW"),
        application="northwind-data-flows",
    )
    try:
        yield conn
    finally:
        conn.close()


def load_frame(df, table: str) -> int:
    with connect() as conn:
        success, _chunks, nrows, _ = write_pandas(conn, df, table_name=table, auto_create_table=True)
        if not success:
            raise RuntimeError(f"write_pandas into {table} failed")
        conn.cursor().execute(f"ALTER TABLE {table} SET COMMENT = 'loaded by runbeacon'")
        return nrows
