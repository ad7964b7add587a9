"""Reading raw order exports from S3."""
import io
import os

import boto3
import pandas as pd

RAW_BUCKET = os.environ.get("RAW_BUCKET", "northwind-raw-orders")


def s3_client():
    # AWS_ENDPOINT_URL_S3 is honoured by boto3 for local MinIO runs
    return boto3.client("s3", region_name=os.environ.get("AWS_DEFAULT_REGION", "eu-west-1"))


def list_new_exports(prefix: str, since_key: str | None = None) -> list[str]:
    paginator = s3_client().get_paginator("list_objects_v2")
    keys = []
    for page in paginator.paginate(Bucket=RAW_BUCKET, Prefix=prefix, StartAfter=since_key or ""):
        keys.extend(obj["Key"] for obj in page.get("Contents", []))
    return keys


def read_parquet(key: str) -> pd.DataFrame:
    body = s3_client().get_object(Bucket=RAW_BUCKET, Key=key)["Body"].read()
    return pd.read_parquet(io.BytesIO(body))
