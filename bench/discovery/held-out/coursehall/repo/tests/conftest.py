import fakeredis
import pytest


@pytest.fixture
def redis_client(monkeypatch):
    server = fakeredis.FakeServer()
    client = fakeredis.FakeStrictRedis(server=server)
    monkeypatch.setattr("redis.Redis", lambda *a, **kw: client)
    return client


@pytest.fixture(autouse=True)
def _settings(settings):
    settings.COMMENTS_SERVICE_URL = "http://forum.test:4567"
    settings.MEILISEARCH_URL = "http://meilisearch.test:7700"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
