"""Pull daily order exports from the partner API, land them in S3, then wait for the partner's
reconciliation file (deferrable: the wait runs in the triggerer, not on a worker slot)."""
from __future__ import annotations

import json
from datetime import datetime

from common.alerts import DEFAULT_ARGS

from dagflow.providers.amazon.aws.hooks.s3 import S3Hook
from dagflow.providers.amazon.aws.sensors.s3 import S3KeySensor
from dagflow.providers.http.operators.http import HttpOperator
from dagflow.sdk import DAG, task

RAW_BUCKET = "acme-data-raw"
PARTNER_CONN_ID = "partner_api"  # DAGFLOW_CONN_PARTNER_API

with DAG(
    dag_id="partner_ingest",
    schedule="0 3 * * *",
    start_date=datetime(2025, 1, 1),
    catchup=False,
    default_args=DEFAULT_ARGS,
    tags=["partner", "ingest"],
) as dag:
    fetch_orders = HttpOperator(
        task_id="fetch_orders",
        http_conn_id=PARTNER_CONN_ID,
        method="GET",
        endpoint="/v2/exports/orders",
        data={"date": "{{ ds }}", "format": "json"},
        headers={"Accept": "application/json"},
        response_check=lambda r: r.status_code == 200,
        response_filter=lambda r: r.json(),
    )

    @task
    def land_in_s3(payload: dict | None = None) -> str:
        key = f"partner/orders/{datetime.utcnow():%Y/%m/%d}/orders.json"
        S3Hook(aws_conn_id="aws_default").load_string(
            json.dumps(payload or {}), key=key, bucket_name=RAW_BUCKET, replace=True
        )
        return key

    wait_for_recon = S3KeySensor(
        task_id="wait_for_reconciliation",
        bucket_name="partnerco-dropzone",
        bucket_key="recon/{{ ds_nodash }}/*.csv",
        wildcard_match=True,
        aws_conn_id="aws_default",
        deferrable=True,
        poke_interval=300,
    )

    fetch_orders >> land_in_s3() >> wait_for_recon
