import json
import os

import pytest

from confluent_kafka import Producer

from tremor.ingest.consumer import process_event

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


def test_process_event_stores_payload(redis_client, monkeypatch, kafka_bootstrap):
    calls = []
    monkeypatch.setattr("tremor.tasks.store.preprocess_event.delay", lambda **kw: calls.append(kw))
    monkeypatch.setattr("tremor.ingest.consumer.get_project", lambda pid: type("P", (), {"id": pid, "organization_id": 1})())
    message = {
        "type": "event",
        "project_id": 1,
        "event_id": "a" * 32,
        "start_time": 0,
        "payload": json.dumps({"message": "hi"}),
    }
    process_event(message)
    assert calls and calls[0]["cache_key"].startswith("e:")

    # round-trip through a local broker to make sure the codec matches conduit
    Producer({"bootstrap.servers": kafka_bootstrap}).produce("ingest-events", json.dumps(message))
