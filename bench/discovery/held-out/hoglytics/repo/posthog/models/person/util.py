import datetime
import json
from typing import Dict, Optional
from uuid import UUID

from posthog.kafka_client.client import KafkaProducer
from posthog.kafka_client.topics import KAFKA_PERSON, KAFKA_PERSON_DISTINCT_ID


def _ts(dt: Optional[datetime.datetime] = None) -> str:
    return (dt or datetime.datetime.now(tz=datetime.timezone.utc)).strftime("%Y-%m-%d %H:%M:%S.%f")


def create_person(
    *,
    team_id: int,
    uuid: UUID,
    version: int,
    properties: Optional[Dict] = None,
    is_identified: bool = False,
    is_deleted: bool = False,
    created_at: Optional[datetime.datetime] = None,
) -> None:
    """Writes to ClickHouse go through Kafka (kafka_person engine table), never direct INSERTs."""
    data = {
        "id": str(uuid),
        "team_id": team_id,
        "properties": json.dumps(properties or {}),
        "is_identified": int(is_identified),
        "created_at": _ts(created_at),
        "version": version,
        "_timestamp": _ts(),
        "is_deleted": int(is_deleted),
    }
    KafkaProducer().produce(topic=KAFKA_PERSON, key=str(uuid), data=data)


def create_person_distinct_id(team_id: int, distinct_id: str, person_id: str, version: int = 0, is_deleted: bool = False):
    data = {
        "distinct_id": distinct_id,
        "person_id": person_id,
        "team_id": team_id,
        "version": version,
        "is_deleted": int(is_deleted),
    }
    KafkaProducer().produce(topic=KAFKA_PERSON_DISTINCT_ID, key=str(person_id), data=data)


def delete_person(person) -> None:
    create_person(
        uuid=person.uuid,
        team_id=person.team_id,
        properties=person.properties,
        is_identified=person.is_identified,
        is_deleted=True,
        version=int(person.version or 0) + 100,
        created_at=person.created_at,
    )
