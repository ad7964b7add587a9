"""Publishing events onto the `events` topic of the configured broker."""
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from uuid import uuid4

from runbeacon.server.schemas.core import Event
from runbeacon.server.utilities import messaging


class EventPublisher:
    def __init__(self, publisher):
        self._publisher = publisher

    async def publish_event(self, event: Event) -> None:
        await self._publisher.publish_data(
            event.model_dump_json().encode(),
            {"id": str(event.id), "event": event.event},
        )


@asynccontextmanager
async def create_event_publisher():
    async with messaging.create_publisher(topic="events", deduplicate_by="id") as publisher:
        yield EventPublisher(publisher)


def create_event_consumer(subscription: str = "event-persister", **kwargs):
    return messaging.create_consumer(topic="events", name=subscription, **kwargs)


async def emit_event(event: str, resource: dict, payload: dict | None = None) -> Event:
    e = Event(id=uuid4(), occurred=datetime.now(timezone.utc), event=event, resource=resource, payload=payload or {})
    async with create_event_publisher() as publisher:
        await publisher.publish_event(e)
    return e
