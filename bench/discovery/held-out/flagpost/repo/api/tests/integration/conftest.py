import pytest
from django.core import mail
from rest_framework.test import APIClient


@pytest.fixture()
def admin_client(admin_user):
    client = APIClient()
    client.force_authenticate(user=admin_user)
    return client


@pytest.fixture(autouse=True)
def redis_cache(settings):
    settings.CACHES["environment-documents-cache"] = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://localhost:6379/15",
    }


@pytest.fixture()
def mailbox():
    mail.outbox = []
    return mail.outbox


@pytest.fixture()
def influx_mock(mocker):
    return mocker.patch("app_analytics.influxdb_wrapper.InfluxDBClient")
