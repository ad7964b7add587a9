"""Snowflake: the production warehouse for marts produced by this location."""
from dagster import EnvVar
from dagster_snowflake import SnowflakeResource
from dagster_snowflake_pandas import SnowflakePandasIOManager

from ..constants import SNOWFLAKE_SCHEMA


def snowflake_io_manager() -> SnowflakePandasIOManager:
    return SnowflakePandasIOManager(
        account=EnvVar("SNOWFLAKE_ACCOUNT"),
        user=EnvVar("SNOWFLAKE_USER"),
        password=EnvVar("SNOWFLAKE_PASSWORD"),
        warehouse=EnvVar("SNOWFLAKE_WAREHOUSE"),
        database=EnvVar("SNOWFLAKE_DATABASE"),
        role=EnvVar("SNOWFLAKE_ROLE"),
        schema=SNOWFLAKE_SCHEMA,
        store_timestamps_as_strings=False,
    )


def snowflake_resource() -> SnowflakeResource:
    return SnowflakeResource(
        account=EnvVar("SNOWFLAKE_ACCOUNT"),
        user=EnvVar("SNOWFLAKE_USER"),
        password=EnvVar("SNOWFLAKE_PASSWORD"),
        warehouse=EnvVar("SNOWFLAKE_WAREHOUSE"),
        database=EnvVar("SNOWFLAKE_DATABASE"),
        role=EnvVar("SNOWFLAKE_ROLE"),
    )
