from __future__ import annotations

from enum import Enum
from typing import Any, Mapping

from redis import StrictRedis

from strata.environment import settings


class RedisClientKey(Enum):
    CACHE = "cache"
    RATE_LIMITER = "rate_limiter"
    SUBSCRIPTION_STORE = "subscription_store"
    REPLACEMENTS_STORE = "replacements_store"
    CONFIG = "config"


def _initialize_client(config: Mapping[str, Any] | None) -> StrictRedis:
    config = config or {
        "host": settings.REDIS_HOST,
        "port": settings.REDIS_PORT,
        "password": settings.REDIS_PASSWORD,
        "db": settings.REDIS_DB,
    }
    return StrictRedis(
        host=config["host"],
        port=config["port"],
        password=config.get("password"),
        db=config.get("db", 0),
        socket_keepalive=True,
        socket_timeout=5,
    )


_clients: dict[RedisClientKey, StrictRedis] = {}


def get_redis_client(key: RedisClientKey) -> StrictRedis:
    if key not in _clients:
        _clients[key] = _initialize_client(settings.REDIS_CLUSTERS.get(key.value))
    return _clients[key]
