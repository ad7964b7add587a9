import fakeredis
import pytest

from products.dependencies import StorageWrapper


@pytest.fixture
def config(rabbit_config):
    config = rabbit_config.copy()
    config["REDIS_URIS"] = {"development": "redis://localhost:6379/15"}
    return config


@pytest.fixture
def redis_client():
    return fakeredis.FakeStrictRedis(decode_responses=True)


@pytest.fixture
def storage(redis_client):
    return StorageWrapper(redis_client)


@pytest.fixture
def roast():
    return {
        "id": "colombia-huila",
        "name": "Huila Washed",
        "origin": "Colombia",
        "roast_level": "medium",
        "bag_grams": 250,
        "price_pence": 995,
        "in_stock": 12,
    }
