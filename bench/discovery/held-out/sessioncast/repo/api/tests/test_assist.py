import os

os.environ.setdefault("ASSIST_KEY", "test-key")
os.environ.setdefault("ASSIST_URL", "http://assist-test:9001/assist/%s")
os.environ.setdefault("assist", "/sockets-live")
os.environ.setdefault("assistList", "/sockets-list")
os.environ.setdefault("REDIS_STRING", "redis://localhost:6379/15")

import requests_mock  # noqa: E402
from unittest import mock  # noqa: E402

from chalicelib.core import assist  # noqa: E402


def test_get_live_sessions_ws_returns_data():
    with requests_mock.Mocker() as m:
        m.post("http://assist-test:9001/assist/test-key/sockets-live/1", json={"data": {"total": 1, "sessions": [{}]}})
        result = assist.get_live_sessions_ws(1, {"limit": 10, "page": 1})
    assert result["total"] == 1


@mock.patch("chalicelib.core.assist.cache_get", return_value=None)
@mock.patch("chalicelib.core.assist.cache_set")
def test_is_live_false_on_error(_set, _get):
    with requests_mock.Mocker() as m:
        m.get("http://assist-test:9001/assist/test-key/sockets-list/pk/2", status_code=500)
        assert assist.is_live(1, 2, "pk") is False
