import os

os.environ.setdefault("USE_AZURE_OPENAI", "False")
os.environ.setdefault("OPENAI_API_BASE", "http://localhost:8089/v1")

from fastapi.testclient import TestClient  # noqa: E402

from main import app  # noqa: E402

client = TestClient(app)


def test_health():
    resp = client.get("/health")
    assert resp.status_code == 200
    assert resp.json()["status"] == "ok"
