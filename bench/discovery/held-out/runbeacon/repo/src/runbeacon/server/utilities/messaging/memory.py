"""In-process messaging broker (single-server deployments)."""
import asyncio
from collections import defaultdict
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

_TOPICS: dict[str, list[asyncio.Queue]] = defaultdict(list)


@dataclass
class MemoryMessage:
    data: bytes
    attributes: dict = field(default_factory=dict)


class Publisher:
    def __init__(self, topic: str, deduplicate_by=None):
        self.topic = topic

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None

    async def publish_data(self, data: bytes, attributes: dict) -> None:
        for q in _TOPICS[self.topic]:
            q.put_nowait(MemoryMessage(data, attributes))


class Consumer:
    def __init__(self, topic: str, **kwargs):
        self.queue: asyncio.Queue = asyncio.Queue()
        _TOPICS[topic].append(self.queue)

    async def run(self, handler):
        while True:
            await handler(await self.queue.get())


@asynccontextmanager
async def ephemeral_subscription(topic: str):
    yield {"topic": topic}
