import io

import boto3
import pandas as pd
import pytest
from moto import mock_aws


@pytest.fixture
def bucket(monkeypatch):
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    with mock_aws():
        s3 = boto3.client("s3", region_name="us-east-1")
        s3.create_bucket(Bucket="northwind-raw-orders")
        buf = io.BytesIO()
        pd.DataFrame({"quantity": [2], "unit_price": [5.0], "status": ["paid"]}).to_parquet(buf)
        s3.put_object(Bucket="northwind-raw-orders", Key="exports/orders/1.parquet", Body=buf.getvalue())
        yield


def test_extract_and_transform(bucket):
    from flows.common.storage import list_new_exports, read_parquet
    from flows.ingest_orders import transform

    keys = list_new_exports("exports/orders/")
    df = transform.fn(read_parquet(keys[0]))
    assert df["ORDER_TOTAL"].tolist() == [10.0]
