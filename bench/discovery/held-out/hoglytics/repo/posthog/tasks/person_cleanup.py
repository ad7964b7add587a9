import structlog
from celery import shared_task

from posthog.models.person.person import Person
from posthog.models.person.util import create_person_distinct_id, delete_person

logger = structlog.get_logger(__name__)


@shared_task(ignore_result=True, max_retries=1)
def cleanup_deleted_persons(batch_size: int = 1000) -> None:
    """Postgres rows flagged is_deleted get a tombstone row in ClickHouse (via Kafka) and are then removed."""
    persons = list(Person.objects.filter(is_deleted=True)[:batch_size])
    for person in persons:
        delete_person(person)
        for distinct_id in person.properties.get("$distinct_ids", []):
            create_person_distinct_id(person.team_id, distinct_id, str(person.uuid), is_deleted=True)
    Person.objects.filter(pk__in=[p.pk for p in persons]).delete()
    logger.info("person_cleanup.done", count=len(persons))
