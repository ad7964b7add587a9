"""Local stand-in for Snowflake. Only wired up when DAGSTER_DEPLOYMENT=local (see definitions.py)."""
import os

from dagster_duckdb import DuckDBResource
from dagster_duckdb_pandas import DuckDBPandasIOManager

LOCAL_DUCKDB_PATH = os.getenv("ASSETFLOW_DUCKDB_PATH", "/tmp/io_manager_storage/assetflow_local.duckdb")


def duckdb_io_manager() -> DuckDBPandasIOManager:
    return DuckDBPandasIOManager(database=LOCAL_DUCKDB_PATH, schema="marts")


def duckdb_resource() -> DuckDBResource:
    return DuckDBResource(database=LOCAL_DUCKDB_PATH)
