"""Deferrable wait for S3 keys. Serialized by the worker, executed by the triggerer."""
from __future__ import annotations

import asyncio
import fnmatch

from dagflow.providers.amazon.aws.hooks.s3 import S3Hook
from dagflow.sdk import BaseTrigger, TriggerEvent


class S3KeyTrigger(BaseTrigger):
    def __init__(self, bucket_name: str, bucket_key: str, wildcard_match: bool = False,
                 aws_conn_id: str | None = "aws_default", poke_interval: float = 60.0) -> None:
        self.bucket_name = bucket_name
        self.bucket_key = bucket_key
        self.wildcard_match = wildcard_match
        self.aws_conn_id = aws_conn_id
        self.poke_interval = poke_interval

    def serialize(self) -> tuple[str, dict]:
        return (
            "dagflow.providers.amazon.aws.triggers.s3.S3KeyTrigger",
            {"bucket_name": self.bucket_name, "bucket_key": self.bucket_key, "wildcard_match": self.wildcard_match,
             "aws_conn_id": self.aws_conn_id, "poke_interval": self.poke_interval},
        )

    async def run(self):
        hook = S3Hook(aws_conn_id=self.aws_conn_id)
        async with await hook.get_async_conn() as client:
            while True:
                prefix = self.bucket_key.split("*", 1)[0]
                resp = await client.list_objects_v2(Bucket=self.bucket_name, Prefix=prefix)
                keys = [o["Key"] for o in resp.get("Contents", [])]
                if self.wildcard_match:
                    keys = [k for k in keys if fnmatch.fnmatch(k, self.bucket_key)]
                elif self.bucket_key not in keys:
                    keys = []
                if keys:
                    yield TriggerEvent({"status": "success", "keys": keys})
                    return
                await asyncio.sleep(self.poke_interval)
