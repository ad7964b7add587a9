import json
import os
import sys

import fakeredis
import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

import app as vote_app  # noqa: E402


@pytest.fixture
def client(monkeypatch):
    fake = fakeredis.FakeRedis()
    monkeypatch.setattr(vote_app, "get_redis", lambda: fake)
    vote_app.app.config["TESTING"] = True
    with vote_app.app.test_client() as c:
        c.fake = fake
        yield c


def test_get_renders_both_options(client):
    r = client.get("/")
    assert r.status_code == 200
    assert b"Tea" in r.data and b"Coffee" in r.data
    assert "voter_id" in r.headers.get("Set-Cookie", "")


def test_post_pushes_ballot(client):
    client.set_cookie("voter_id", "abc123")
    r = client.post("/", data={"vote": "b"})
    assert r.status_code == 200
    ballot = json.loads(client.fake.lpop("votes"))
    assert ballot == {"voter_id": "abc123", "vote": "b"}


def test_unknown_option_rejected(client):
    r = client.post("/", data={"vote": "z"})
    assert r.status_code == 400
    assert client.fake.llen("votes") == 0
