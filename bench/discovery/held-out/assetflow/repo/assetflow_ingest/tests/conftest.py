import os

import boto3
import pytest
from moto import mock_aws


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("DAGSTER_DEPLOYMENT", "local")
    monkeypatch.setenv("AWS_REGION", "us-east-1")
    monkeypatch.setenv("HUBSPOT_ACCESS_TOKEN", "test-token")


@pytest.fixture
def s3_bucket():
    with mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket="assetflow-test")
        yield client


@pytest.fixture
def sqlite_orders_url(tmp_path):
    return f"sqlite:///{tmp_path / 'orders.db'}"
