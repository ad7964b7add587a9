"""Redis Streams broker for Runbeacon messaging.
Enable with RUNBEACON_MESSAGING_BROKER=runbeacon_redis.messaging."""
import asyncio
import json
import socket
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass

from redis.exceptions import ResponseError

from runbeacon_redis.client import get_async_redis_client

STREAM_MAXLEN = 100_000


@dataclass
class RedisStreamsMessage:
    data: bytes
    attributes: dict
    message_id: bytes = b""


class Publisher:
    def __init__(self, topic: str, deduplicate_by: str | None = None, batch_size: int = 5):
        self.stream = topic
        self.deduplicate_by = deduplicate_by
        self.batch: list[RedisStreamsMessage] = []
        self.batch_size = batch_size
        self.client = get_async_redis_client()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self._flush()

    async def _flush(self):
        if not self.batch:
            return
        async with self.client.pipeline() as pipe:
            for m in self.batch:
                await pipe.xadd(self.stream, {"data": m.data, "attributes": json.dumps(m.attributes)},
                                maxlen=STREAM_MAXLEN, approximate=True)
            await pipe.execute()
        self.batch.clear()

    async def publish_data(self, data: bytes, attributes: dict) -> None:
        if self.deduplicate_by and attributes.get(self.deduplicate_by):
            key = f"message:{self.stream}:{attributes[self.deduplicate_by]}"
            if not await self.client.set(key, 1, nx=True, ex=3600):
                return
        self.batch.append(RedisStreamsMessage(data, attributes))
        if len(self.batch) >= self.batch_size:
            await self._flush()


class Consumer:
    def __init__(self, topic: str, name: str | None = None, group: str | None = None, block_ms: int = 1000):
        self.stream = topic
        self.group = group or name or "runbeacon"
        self.name = f"{socket.gethostname()}-{uuid.uuid4().hex[:8]}"
        self.block_ms = block_ms
        self.client = get_async_redis_client()

    async def _ensure_group(self):
        try:
            await self.client.xgroup_create(self.stream, self.group, id="0", mkstream=True)
        except ResponseError as e:
            if "BUSYGROUP" not in str(e):
                raise

    async def run(self, handler):
        await self._ensure_group()
        while True:
            resp = await self.client.xreadgroup(self.group, self.name, {self.stream: ">"}, count=10, block=self.block_ms)
            for _stream, messages in resp or []:
                for message_id, fields in messages:
                    msg = RedisStreamsMessage(fields[b"data"], json.loads(fields[b"attributes"]), message_id)
                    await handler(msg)
                    await self.client.xack(self.stream, self.group, message_id)
            await asyncio.sleep(0)


@asynccontextmanager
async def ephemeral_subscription(topic: str):
    client = get_async_redis_client()
    group = f"ephemeral-{socket.gethostname()}-{uuid.uuid4().hex}"
    await client.xgroup_create(topic, group, id="$", mkstream=True)
    try:
        yield {"group": group}
    finally:
        await client.xgroup_destroy(topic, group)
