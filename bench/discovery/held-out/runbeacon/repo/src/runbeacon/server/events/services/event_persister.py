"""Consume events from the broker and write them to the `events` table in batches."""
import asyncio
import logging

from sqlalchemy import insert

from runbeacon.server.database.configurations import session_factory
from runbeacon.server.database.orm_models import EventRecord
from runbeacon.server.events.messaging import create_event_consumer
from runbeacon.server.schemas.core import Event

logger = logging.getLogger("runbeacon.server.events.persister")


class EventPersister:
    name = "EventPersister"

    def __init__(self, batch_size: int = 20, flush_every: float = 5.0):
        self.batch: list[Event] = []
        self.batch_size = batch_size
        self.flush_every = flush_every

    async def flush(self):
        if not self.batch:
            return
        rows = [dict(id=e.id, occurred=e.occurred, event=e.event,
                     resource_id=e.resource.get("runbeacon.resource.id", ""), payload=e.payload)
                for e in self.batch]
        async with session_factory()() as session:
            await session.execute(insert(EventRecord), rows)
            await session.commit()
        logger.debug("persisted %d events", len(rows))
        self.batch.clear()

    async def handle(self, message):
        self.batch.append(Event.model_validate_json(message.data))
        if len(self.batch) >= self.batch_size:
            await self.flush()

    async def start(self):
        consumer = create_event_consumer(subscription="event-persister")

        async def periodic():
            while True:
                await asyncio.sleep(self.flush_every)
                await self.flush()

        await asyncio.gather(consumer.run(self.handle), periodic())
