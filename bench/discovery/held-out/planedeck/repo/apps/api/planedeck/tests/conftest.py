import fakeredis
import pytest
from django.conf import settings
from rest_framework.test import APIClient


@pytest.fixture(scope="session")
def django_db_setup():
    settings.DATABASES["default"]["HOST"] = "localhost"


@pytest.fixture
def api_client():
    return APIClient()


@pytest.fixture(autouse=True)
def fake_redis(monkeypatch):
    server = fakeredis.FakeServer()
    monkeypatch.setattr(
        "planedeck.utils.cache.redis_instance",
        lambda: fakeredis.FakeRedis(server=server),
    )


@pytest.fixture
def s3_bucket(monkeypatch):
    from moto import mock_aws
    import boto3

    monkeypatch.setenv("AWS_S3_BUCKET_NAME", "test-uploads")
    monkeypatch.setenv("AWS_S3_ENDPOINT_URL", "")
    with mock_aws():
        boto3.client("s3", region_name="us-east-1").create_bucket(Bucket="test-uploads")
        yield "test-uploads"
