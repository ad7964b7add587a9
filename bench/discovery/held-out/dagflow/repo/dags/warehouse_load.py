"""Load landed partner orders from S3 into the analytics warehouse (Postgres)."""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime

from common.alerts import DEFAULT_ARGS

from dagflow.providers.amazon.aws.hooks.s3 import S3Hook
from dagflow.providers.postgres.hooks.postgres import PostgresHook
from dagflow.sdk import DAG, task

WAREHOUSE_CONN_ID = "warehouse_db"  # DAGFLOW_CONN_WAREHOUSE_DB
RAW_BUCKET = "acme-data-raw"

with DAG(
    dag_id="warehouse_load",
    schedule="30 4 * * *",
    start_date=datetime(2025, 1, 1),
    catchup=False,
    default_args=DEFAULT_ARGS,
    tags=["warehouse"],
) as dag:

    @task
    def extract(ds: str = "{{ ds }}") -> list[dict]:
        hook = S3Hook(aws_conn_id="aws_default")
        keys = hook.list_keys(RAW_BUCKET, prefix=f"partner/orders/{ds.replace('-', '/')}")
        rows: list[dict] = []
        for key in keys:
            rows.extend(json.loads(hook.read_key(key, bucket_name=RAW_BUCKET)).get("orders", []))
        return rows

    @task
    def load(rows: list[dict]) -> int:
        pg = PostgresHook(postgres_conn_id=WAREHOUSE_CONN_ID)
        pg.run("CREATE TABLE IF NOT EXISTS staging.partner_orders (order_id text primary key, amount numeric, ts timestamptz)")
        pg.insert_rows(
            "staging.partner_orders",
            [(r["id"], r["amount"], r["created_at"]) for r in rows],
            target_fields=["order_id", "amount", "ts"],
        )
        return len(rows)

    @task
    def refresh_marts() -> None:
        PostgresHook(postgres_conn_id=WAREHOUSE_CONN_ID).run(
            ["REFRESH MATERIALIZED VIEW CONCURRENTLY marts.daily_partner_revenue"], autocommit=True
        )

    @task
    def export_summary() -> None:
        records = PostgresHook(postgres_conn_id=WAREHOUSE_CONN_ID).get_records(
            "SELECT day, revenue FROM marts.daily_partner_revenue ORDER BY day DESC LIMIT 30"
        )
        buf = io.StringIO()
        csv.writer(buf).writerows(records)
        S3Hook(aws_conn_id="aws_default").load_string(buf.getvalue(), key="reports/partner_revenue_30d.csv",
                                                      bucket_name="acme-data-reports", replace=True)

    load(extract()) >> refresh_marts() >> export_summary()
