import logging

import redis
from decouple import config

logger = logging.getLogger(__name__)

_client = None


def get_client():
    global _client
    if _client is None:
        _client = redis.Redis.from_url(config("REDIS_STRING"), decode_responses=True)
    return _client


def blacklist_jwt(jti, ttl):
    get_client().setex(f"jwt:blacklist:{jti}", ttl, 1)


def is_blacklisted(jti):
    return get_client().exists(f"jwt:blacklist:{jti}") == 1


def cache_get(key):
    return get_client().get(key)


def cache_set(key, value, ttl=300):
    get_client().setex(key, ttl, value)
