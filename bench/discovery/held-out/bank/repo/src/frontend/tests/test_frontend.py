"""Unit tests for the frontend; backends are mocked."""

import os
import unittest
from unittest.mock import MagicMock, patch

os.environ.setdefault("PUB_KEY_PATH", __file__)
os.environ.setdefault("TRANSACTIONS_API_ADDR", "localhost:9001")
os.environ.setdefault("BALANCES_API_ADDR", "localhost:9002")
os.environ.setdefault("HISTORY_API_ADDR", "localhost:9003")
os.environ.setdefault("CONTACTS_API_ADDR", "localhost:9004")
os.environ.setdefault("USERSERVICE_API_ADDR", "localhost:9005")

from frontend import create_app  # noqa: E402
import formatting  # noqa: E402


class TestFormatting(unittest.TestCase):
    def test_to_cents(self):
        self.assertEqual(formatting.to_cents("12.34"), 1234)

    def test_format_currency_negative(self):
        self.assertEqual(formatting.format_currency(-1050), "-$10.50")


class TestRoutes(unittest.TestCase):
    def setUp(self):
        self.client = create_app().test_client()

    def test_ready(self):
        self.assertEqual(self.client.get("/ready").status_code, 200)

    @patch("frontend.requests.get")
    def test_login_failure_redirects(self, mock_get):
        mock_get.return_value = MagicMock(status_code=401)
        resp = self.client.post("/login", data={"username": "a", "password": "b"})
        self.assertEqual(resp.status_code, 302)
        self.assertIn("Login+Failed", resp.location)


if __name__ == "__main__":
    unittest.main()
