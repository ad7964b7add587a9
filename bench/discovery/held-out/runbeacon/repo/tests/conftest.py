import os

import pytest

# Tests default to a throwaway SQLite file; CI's postgres matrix leg overrides this.
os.environ.setdefault("RUNBEACON_API_DATABASE_CONNECTION_URL", "sqlite+aiosqlite:////tmp/runbeacon-tests.db")
os.environ.setdefault("RUNBEACON_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("RUNBEACON_API_URL", "http://localhost:4200/api")


@pytest.fixture
def redis_broker(monkeypatch):
    url = os.environ.get("RUNBEACON_TEST_REDIS_URL", "redis://localhost:6379/1")
    host, port_db = url.removeprefix("redis://").split(":")
    port, db = port_db.split("/")
    monkeypatch.setenv("RUNBEACON_MESSAGING_BROKER", "runbeacon_redis.messaging")
    monkeypatch.setenv("RUNBEACON_REDIS_MESSAGING_HOST", host)
    monkeypatch.setenv("RUNBEACON_REDIS_MESSAGING_PORT", port)
    monkeypatch.setenv("RUNBEACON_REDIS_MESSAGING_DB", db)
    yield


@pytest.fixture
async def app():
    from httpx import ASGITransport, AsyncClient
    from runbeacon.server.api.server import create_app

    async with AsyncClient(transport=ASGITransport(app=create_app(run_services=False)), base_url="http://test/api") as c:
        yield c
