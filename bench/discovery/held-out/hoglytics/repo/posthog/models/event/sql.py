from django.conf import settings

from posthog.clickhouse.kafka_engine import KAFKA_COLUMNS, kafka_engine
from posthog.kafka_client.topics import KAFKA_EVENTS_JSON

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
