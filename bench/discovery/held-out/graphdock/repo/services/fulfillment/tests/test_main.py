import os

os.environ.setdefault("ACTIONS_SHARED_SECRET", "t")
os.environ.setdefault("GRAPHDOCK_ENDPOINT", "http://localhost:8080")

from fastapi.testclient import TestClient  # noqa: E402

from app.main import app  # noqa: E402

client = TestClient(app)


def test_requires_secret():
    r = client.post("/events/order-paid", json={})
    assert r.status_code == 401


def test_skips_non_paid_updates():
    body = {
        "id": "e1",
        "trigger": {"name": "order_paid"},
        "event": {"op": "UPDATE", "data": {"old": {"status": "pending"}, "new": {"id": "o1", "status": "cancelled"}}},
    }
    r = client.post("/events/order-paid", json=body, headers={"x-actions-secret": "t"})
    assert r.json() == {"skipped": True}
