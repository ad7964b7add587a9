from unittest.mock import AsyncMock, Mock

from tests.unittest import HomeserverTestCase


class HTTPPusherTests(HomeserverTestCase):
    def make_homeserver(self, reactor, clock):
        self.push_attempts = []
        m = Mock()
        m.post_json_get_json = AsyncMock(return_value={"rejected": []})
        return self.setup_test_homeserver(proxied_blocklisted_http_client=m)

    def test_sends_http(self) -> None:
        pusher_data = {"url": "http://example.com/_matrix/push/v1/notify"}
        self.assertIn("/_matrix/push/v1/notify", pusher_data["url"])
