from django.conf import settings

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
