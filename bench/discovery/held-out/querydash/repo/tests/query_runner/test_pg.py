from unittest import TestCase

from redash.query_runner.pg import PostgreSQL


class TestPostgresConfiguration(TestCase):
    def test_configuration_schema_requires_dbname(self):
        schema = PostgreSQL.configuration_schema()
        self.assertIn("dbname", schema["required"])
        self.assertIn("password", schema["secret"])

    def test_type(self):
        self.assertEqual("pg", PostgreSQL.type())
