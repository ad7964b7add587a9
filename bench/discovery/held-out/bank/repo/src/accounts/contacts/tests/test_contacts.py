import unittest

from db import ContactsDb


class TestContactsDb(unittest.TestCase):
    def setUp(self):
        self.db = ContactsDb("sqlite://")
        self.db.contacts_table.metadata.create_all(self.db.engine)

    def test_roundtrip(self):
        self.db.add_contact({"username": "bob", "label": "Alice", "account_num": "1111111111",
                             "routing_num": "883745000", "is_external": False})
        self.assertEqual(self.db.get_contacts("bob")[0]["label"], "Alice")


if __name__ == "__main__":
    unittest.main()
