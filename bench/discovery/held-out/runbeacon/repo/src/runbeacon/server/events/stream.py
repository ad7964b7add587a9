"""Fan out events from the broker to websocket subscribers of /api/events/out."""
import asyncio
from contextlib import asynccontextmanager

from runbeacon.server.events.messaging import create_event_consumer
from runbeacon.server.schemas.core import Event
from runbeacon.server.utilities import messaging

_subscribers: set[asyncio.Queue] = set()


async def distributor():
    async with messaging.ephemeral_subscription("events") as sub:
        consumer = create_event_consumer(subscription="stream", **sub)

        async def handle(message):
            event = Event.model_validate_json(message.data)
            for q in list(_subscribers):
                q.put_nowait(event)

        await consumer.run(handle)


@asynccontextmanager
async def events():
    q: asyncio.Queue = asyncio.Queue(maxsize=1000)
    _subscribers.add(q)

    async def _iter():
        while True:
            yield await q.get()

    try:
        yield _iter()
    finally:
        _subscribers.discard(q)
