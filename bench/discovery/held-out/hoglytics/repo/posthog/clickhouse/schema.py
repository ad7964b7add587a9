"""ClickHouse schema. Rows reach ClickHouse through Kafka-engine tables: ClickHouse consumes the topics
itself and materialized views move rows into the MergeTree tables."""
from django.conf import settings

from posthog.kafka_client.topics import KAFKA_EVENTS_JSON, KAFKA_PERSON, KAFKA_PERSON_DISTINCT_ID

KAFKA_COLUMNS = """
, _timestamp DateTime
, _offset UInt64
"""

KAFKA_ENGINE = "Kafka('{kafka_host}', '{topic}', '{group}', '{serialization}')"
KAFKA_ENGINE_SETTINGS = """
SETTINGS kafka_skip_broken_messages = {skip_broken_messages}
"""


def kafka_engine(topic: str, kafka_host: str | None = None, group: str = "group1", serialization: str = "JSONEachRow"):
    """The ClickHouse Kafka table engine: ClickHouse itself consumes `topic` from the broker list."""
    if kafka_host is None:
        kafka_host = ",".join(settings.KAFKA_HOSTS_FOR_CLICKHOUSE)
    return KAFKA_ENGINE.format(topic=topic, kafka_host=kafka_host, group=group, serialization=serialization)


def ttl_period(field: str = "created_at", weeks: int = 3):
    return "" if settings.TEST else f"TTL toDate({field}) + INTERVAL {weeks} WEEK"


# --- events ---
EVENTS_DATA_TABLE = lambda: "sharded_events" if settings.CLICKHOUSE_REPLICATION else "events"

EVENTS_TABLE_BASE_SQL = """
CREATE TABLE IF NOT EXISTS {table_name} ON CLUSTER '{cluster}'
(
    uuid UUID,
    event VARCHAR,
    properties VARCHAR CODEC(ZSTD(3)),
    timestamp DateTime64(6, 'UTC'),
    team_id Int64,
    distinct_id VARCHAR,
    elements_chain VARCHAR,
    created_at DateTime64(6, 'UTC'),
    person_id UUID,
    person_properties VARCHAR
    {extra_fields}
) ENGINE = {engine}
"""

KAFKA_EVENTS_TABLE_JSON_SQL = lambda: EVENTS_TABLE_BASE_SQL.format(
    table_name="kafka_events_json",
    cluster=settings.CLICKHOUSE_CLUSTER,
    engine=kafka_engine(topic=KAFKA_EVENTS_JSON, group="group1"),
    extra_fields="",
)

EVENTS_TABLE_JSON_MV_SQL = lambda: """
CREATE MATERIALIZED VIEW IF NOT EXISTS events_json_mv ON CLUSTER '{cluster}'
TO {database}.{target_table}
AS SELECT uuid, event, properties, timestamp, team_id, distinct_id, elements_chain,
created_at, person_id, person_properties, _timestamp, _offset
FROM {database}.kafka_events_json
""".format(
    target_table="writable_events" if settings.CLICKHOUSE_REPLICATION else EVENTS_DATA_TABLE(),
    cluster=settings.CLICKHOUSE_CLUSTER,
    database=settings.CLICKHOUSE_DATABASE,
)

EVENTS_COUNT_BY_TEAM = "SELECT count() FROM events WHERE team_id = %(team_id)s AND timestamp > now() - INTERVAL 1 DAY"


# --- persons ---
PERSONS_TABLE_BASE_SQL = """
CREATE TABLE IF NOT EXISTS {table_name} ON CLUSTER '{cluster}'
(
    id UUID,
    created_at DateTime64,
    team_id Int64,
    properties VARCHAR,
    is_identified Int8,
    is_deleted Int8 DEFAULT 0,
    version UInt64
    {extra_fields}
) ENGINE = {engine}
"""

KAFKA_PERSONS_TABLE_SQL = lambda: PERSONS_TABLE_BASE_SQL.format(
    table_name="kafka_person",
    cluster=settings.CLICKHOUSE_CLUSTER,
    engine=kafka_engine(KAFKA_PERSON),
    extra_fields="",
)

KAFKA_PERSON_DISTINCT_ID_TABLE_SQL = lambda: """
CREATE TABLE IF NOT EXISTS kafka_person_distinct_id2 ON CLUSTER '{cluster}'
(team_id Int64, distinct_id VARCHAR, person_id UUID, is_deleted Int8, version Int64)
ENGINE = {engine}
""".format(cluster=settings.CLICKHOUSE_CLUSTER, engine=kafka_engine(KAFKA_PERSON_DISTINCT_ID))

INSERT_PERSON_SQL = "SELECT 1"  # rows are written through kafka_person, never inserted directly

GET_PERSON_IDS_DELETED = """
SELECT id FROM person WHERE team_id = %(team_id)s GROUP BY id HAVING max(is_deleted) = 1
"""
