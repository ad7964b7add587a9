import json
from types import SimpleNamespace
from unittest import mock

import handler


def test_converts_using_cached_rates():
    fake_redis = mock.Mock()
    fake_redis.get.return_value = json.dumps({"USD": 1.0, "EUR": 0.5})
    with mock.patch.object(handler, "_redis", return_value=fake_redis):
        res = handler.handle(SimpleNamespace(body=b'{"amount": 10, "from": "USD", "to": "EUR"}'), None)
    assert res["statusCode"] == 200
    assert res["body"]["amount"] == 5.0


def test_fetches_rates_on_cache_miss(requests_mock):
    requests_mock.get("https://openexchangerates.org/api/latest.json", json={"rates": {"USD": 1, "GBP": 0.8}})
    fake_redis = mock.Mock()
    fake_redis.get.return_value = None
    with mock.patch.object(handler, "_redis", return_value=fake_redis), \
         mock.patch.object(handler, "_secret", return_value="test-app-id"):
        res = handler.handle(SimpleNamespace(body=b'{"amount": 1, "to": "GBP"}'), None)
    assert res["body"]["currency"] == "GBP"
