from django.conf import settings

from posthog.clickhouse.kafka_engine import KAFKA_COLUMNS, kafka_engine
from posthog.kafka_client.topics import KAFKA_PERSON, KAFKA_PERSON_DISTINCT_ID

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
