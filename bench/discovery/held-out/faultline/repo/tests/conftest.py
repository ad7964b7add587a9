import os

import pytest

os.environ.setdefault("TREMOR_CONF", os.path.join(os.path.dirname(__file__), "conf"))
os.environ.setdefault("TREMOR_REDIS_HOST", "localhost")
os.environ.setdefault("TREMOR_POSTGRES_HOST", "localhost")


@pytest.fixture
def kafka_bootstrap():
    return os.environ.get("TEST_KAFKA_BOOTSTRAP", "localhost:9092")


@pytest.fixture
def redis_client():
    import redis

    return redis.Redis(host="localhost", port=6379, db=9)
