import os

os.environ.setdefault("DB_HOST", "localhost")
os.environ.setdefault("OPENAI_API_KEY", "sk-test-placeholder")

from unittest.mock import AsyncMock, patch
from fastapi.testclient import TestClient


@patch("config.vector_store")
def test_get_all_ids(mock_store):
    mock_store.get_all_ids = AsyncMock(return_value=["a", "a", "b"])
    from main import app

    client = TestClient(app)
    response = client.get("/ids")
    assert response.status_code == 200
    assert sorted(response.json()) == ["a", "b"]
