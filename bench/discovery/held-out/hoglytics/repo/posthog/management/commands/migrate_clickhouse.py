from django.conf import settings
from django.core.management.base import BaseCommand

from posthog.clickhouse.client.connection import default_client
from posthog.clickhouse.schema import (
    EVENTS_TABLE_JSON_MV_SQL,
    KAFKA_EVENTS_TABLE_JSON_SQL,
    KAFKA_PERSON_DISTINCT_ID_TABLE_SQL,
    KAFKA_PERSONS_TABLE_SQL,
)

MIGRATIONS = [
    ("0001_kafka_events_json", KAFKA_EVENTS_TABLE_JSON_SQL),
    ("0002_events_json_mv", EVENTS_TABLE_JSON_MV_SQL),
    ("0003_kafka_person", KAFKA_PERSONS_TABLE_SQL),
    ("0004_kafka_person_distinct_id", KAFKA_PERSON_DISTINCT_ID_TABLE_SQL),
]


class Command(BaseCommand):
    help = "Create/upgrade ClickHouse tables (incl. Kafka engine tables that consume from the brokers)"

    def handle(self, *args, **options):
        client = default_client()
        client.execute(f"CREATE DATABASE IF NOT EXISTS {settings.CLICKHOUSE_DATABASE} ON CLUSTER '{settings.CLICKHOUSE_CLUSTER}'")
        client.execute(
            "CREATE TABLE IF NOT EXISTS infi_clickhouse_orm_migrations (name String, applied DateTime DEFAULT now()) ENGINE = MergeTree ORDER BY name"
        )
        applied = {row[0] for row in client.execute("SELECT name FROM infi_clickhouse_orm_migrations")}
        for name, sql in MIGRATIONS:
            if name in applied:
                continue
            self.stdout.write(f"Applying {name}")
            client.execute(sql())
            client.execute("INSERT INTO infi_clickhouse_orm_migrations (name) VALUES", [(name,)])
