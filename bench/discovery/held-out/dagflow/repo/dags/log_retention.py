"""Housekeeping: delete remote task logs older than the retention window from the S3 log bucket."""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

from common.alerts import DEFAULT_ARGS

from dagflow.providers.amazon.aws.hooks.s3 import S3Hook, parse_s3_url
from dagflow.sdk import DAG, task

RETENTION_DAYS = int(os.environ.get("DAGFLOW_VAR_LOG_RETENTION_DAYS", "30"))

with DAG(
    dag_id="log_retention",
    schedule="@weekly",
    start_date=datetime(2025, 1, 1),
    catchup=False,
    default_args=DEFAULT_ARGS,
    tags=["maintenance"],
) as dag:

    @task
    def purge_old_logs() -> int:
        bucket, prefix = parse_s3_url(os.environ["DAGFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER"])
        hook = S3Hook(aws_conn_id=os.environ.get("DAGFLOW__LOGGING__REMOTE_LOG_CONN_ID", "aws_logs"))
        cutoff = datetime.now(timezone.utc) - timedelta(days=RETENTION_DAYS)
        old = []
        for page in hook.conn.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
            old.extend(o["Key"] for o in page.get("Contents", []) if o["LastModified"] < cutoff)
        hook.delete_objects(bucket, old)
        return len(old)

    purge_old_logs()
