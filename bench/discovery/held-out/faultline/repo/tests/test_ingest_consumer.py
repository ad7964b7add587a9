import json

from confluent_kafka import Producer

from tremor.ingest.consumer import process_event


def test_process_event_stores_payload(redis_client, monkeypatch, kafka_bootstrap):
    calls = []
    monkeypatch.setattr("tremor.tasks.store.save_event.delay", lambda **kw: calls.append(kw))
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
