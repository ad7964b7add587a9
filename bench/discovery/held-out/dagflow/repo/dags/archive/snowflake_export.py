"""RETIRED 2024-11: the Snowflake account was decommissioned. Kept for reference only;
this folder is excluded by .dagflowignore and never parsed or scheduled."""
from __future__ import annotations

from datetime import datetime

from dagflow.sdk import DAG, task

with DAG(dag_id="snowflake_export", schedule=None, start_date=datetime(2023, 1, 1), catchup=False) as dag:

    @task
    def export() -> None:
        import snowflake.connector

        conn = snowflake.connector.connect(
            account="acme-xy12345.eu-west-1",
            user="DAGFLOW_SVC",
            authenticator="externalbrowser",
            warehouse="ETL_WH",
            database="ANALYTICS",
        )
        conn.cursor().execute("COPY INTO @exports/partner_orders FROM analytics.public.partner_orders")

    export()
