import os
import re
import secrets
from typing import Any, Mapping, Optional

import orjson
import redis
from django.conf import settings

MAX_KEY_LENGTH = 1024


def get_redis_client() -> "redis.StrictRedis[bytes]":
    return redis.StrictRedis(
        host=settings.REDIS_HOST,
        port=settings.REDIS_PORT,
        password=settings.REDIS_PASSWORD,
        db=0,
        decode_responses=False,
    )


def put_dict_in_redis(
    redis_client: "redis.StrictRedis[bytes]",
    key_format: str,
    data_to_store: Mapping[str, Any],
    expiration_seconds: int,
    token_length: int = 64,
) -> str:
    token = secrets.token_hex(token_length // 2)
    key = key_format.format(token=token)
    assert len(key) <= MAX_KEY_LENGTH
    with redis_client.pipeline() as pipeline:
        pipeline.set(key, orjson.dumps(data_to_store))
        pipeline.expire(key, expiration_seconds)
        pipeline.execute()
    return key


def get_dict_from_redis(redis_client: "redis.StrictRedis[bytes]", key_format: str, key: str) -> Optional[dict]:
    data = redis_client.get(key)
    if data is None:
        return None
    return orjson.loads(data)
