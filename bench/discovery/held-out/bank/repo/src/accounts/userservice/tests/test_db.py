"""Tests for UserDb against an in-memory SQLite database."""

import unittest

from db import UserDb


class TestUserDb(unittest.TestCase):
    def setUp(self):
        self.db = UserDb("sqlite:///:memory:")
        self.db.users_table.metadata.create_all(self.db.engine)

    def test_add_and_get_user(self):
        user = {
            "accountid": "1234567890", "username": "alice", "passhash": b"x", "firstname": "Alice",
            "lastname": "Liddell", "birthday": __import__("datetime").date(1990, 1, 1), "timezone": "UTC",
            "address": "1 Rabbit Hole", "state": "CA", "zip": "94000", "ssn": "000-00-0000",
        }
        self.db.add_user(user)
        self.assertEqual(self.db.get_user("alice")["accountid"], "1234567890")

    def test_missing_user(self):
        self.assertIsNone(self.db.get_user("nobody"))


if __name__ == "__main__":
    unittest.main()
