from tests import BaseTestCase


class PingTest(BaseTestCase):
    def test_ping(self):
        rv = self.client.get("/ping")
        self.assertEqual(200, rv.status_code)
        self.assertEqual(b"PONG.", rv.data)


class StatusTest(BaseTestCase):
    def test_returns_302_if_not_logged_in(self):
        rv = self.client.get("/status.json")
        self.assertIn(rv.status_code, (302, 404))
