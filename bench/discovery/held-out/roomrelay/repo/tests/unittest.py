import unittest


class HomeserverTestCase(unittest.TestCase):
    def default_config(self):
        return {"server_name": "test", "database": {"name": "sqlite3", "args": {"database": ":memory:"}}}

    def setup_test_homeserver(self, **kwargs):
        return kwargs
